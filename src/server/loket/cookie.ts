import type { Config } from '../config';
import { secureCookies } from '../config';

/** The werkplek's own session cookie, apart from the inwoner's draft cookie. */
export const LOKET_COOKIE = 'kw_loket';

/**
 * HttpOnly, SameSite=Strict, Secure over https. Path `/` rather than `/loket`, because the English werkplek
 * lives at `/en/loket` and must see the same session. No Max-Age: it ends with the browser, or earlier on the server.
 */
export function loketCookieOptions(config: Config) {
  return { httpOnly: true, secure: secureCookies(config), sameSite: 'strict' as const, path: '/' };
}
