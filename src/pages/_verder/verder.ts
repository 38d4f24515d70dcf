import { randomBytes } from 'node:crypto';
import type { AstroGlobal } from 'astro';
import { verderCodeFromBytes, type VerderCode } from '@/domain/verder/code';
import { secureCookies } from '@/server/config';
import { TOEGANG_MINUTEN } from '@/server/verder/store';

/**
 * The browser holds the code it was just given for 30 minutes, so the page and the printed sheet can show it: the
 * server never stores the code itself. The same cookie name on every locale; HttpOnly, so scripts never read it.
 */
export const CODE_COOKIE = 'kw_verder_code';
/** Short-lived access to the plan or status page after the code and second factor were given. */
export const TOEGANG_COOKIE = 'kw_verder';

const options = (astro: AstroGlobal) => ({
  httpOnly: true, secure: secureCookies(astro.locals.app.config), sameSite: 'lax' as const, path: '/', maxAge: TOEGANG_MINUTEN * 60,
});

export function setCookie(astro: AstroGlobal, name: string, value: string): void {
  astro.cookies.set(name, value, options(astro));
}

export function clearCookie(astro: AstroGlobal, name: string): void {
  astro.cookies.delete(name, { path: '/' });
}

/** A fresh random resume code (about 58 bits). */
export function newVerderCode(): VerderCode {
  for (;;) {
    const code = verderCodeFromBytes(randomBytes(32));
    if (code) return code;
  }
}

/** Logs a resume event without personal data: no code, no IP address, no answer. */
export function logVerder(event: string, detail: Record<string, string> = {}): void {
  console.info(JSON.stringify({ event: `verder-${event}`, ...detail }));
}
