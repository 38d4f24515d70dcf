/** One year: browsers then keep to https between visits (the usual HSTS term). */
const HSTS_SECONDS = 365 * 24 * 60 * 60;

/**
 * Headers on every response. Pages can hold personal answers, so nothing is cached (unless a route says it may)
 * or sent as referrer. When the portal's public address is https, browsers are told to use nothing else (HSTS);
 * on a plain-http address (a test machine) that header would be ignored or lock out a later http setup.
 * The Content-Security-Policy itself comes from Astro (security.csp in astro.config.mjs), with its script and style hashes.
 */
export function securityHeaders(publicUrl: string): Readonly<Record<string, string>> {
  return {
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(new URL(publicUrl).protocol === 'https:' ? { 'Strict-Transport-Security': `max-age=${HSTS_SECONDS}; includeSubDomains` } : {}),
  };
}

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
