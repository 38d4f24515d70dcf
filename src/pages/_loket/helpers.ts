import type { AstroGlobal } from 'astro';
import { readForm, type FormValues } from '@/domain/form-data';
import { LOKET_COOKIE, loketCookieOptions } from '@/server/loket/cookie';
import { readPostedForm } from '@/server/request';

/** The posted form's values as typed. */
export async function postedValues(astro: AstroGlobal, arrays: readonly string[] = []): Promise<FormValues> {
  return readForm(await readPostedForm(astro.request), arrays);
}

/** Starts the werkplek session in this browser. */
export function setLoketCookie(astro: AstroGlobal, sessionId: string): void {
  astro.cookies.set(LOKET_COOKIE, sessionId, loketCookieOptions(astro.locals.app.config));
}

/** Ends it in this browser. */
export function clearLoketCookie(astro: AstroGlobal): void {
  astro.cookies.delete(LOKET_COOKIE, { path: '/' });
}
