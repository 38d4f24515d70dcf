/**
 * Headers on every response. Pages can hold personal answers, so nothing is cached (unless a route says it may)
 * or sent as referrer;
 * the Content-Security-Policy itself comes from Astro (security.csp) as a meta element.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Whether a state-changing request comes from this portal. Browsers send Origin with every form post;
 * a missing one is accepted only when Sec-Fetch-Site says the request is same-origin.
 */
export function isAllowedOrigin(headers: Headers, requestUrl: URL, publicUrl: string): boolean {
  const origin = headers.get('origin');
  if (origin === null || origin === 'null') return headers.get('sec-fetch-site') === 'same-origin';
  return origin === requestUrl.origin || origin === new URL(publicUrl).origin;
}

/**
 * The client's address. With `trustedProxies` 0 it is the socket's: a client can write any X-Forwarded-For it likes.
 * Behind n proxies, each appends the address it saw, so the n-th entry from the right (counting the socket) is the
 * address the outermost trusted proxy saw; anything further left may be forged.
 */
export function clientAddress(socketAddress: string, forwardedFor: string | null, trustedProxies: number): string {
  if (trustedProxies === 0 || !forwardedFor) return socketAddress;
  const hops = [...forwardedFor.split(',').map((a) => a.trim()).filter(Boolean), socketAddress];
  return hops[Math.max(0, hops.length - 1 - trustedProxies)]!;
}
