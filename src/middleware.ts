import { getEntry } from 'astro:content';
import { defineMiddleware } from 'astro:middleware';
import { getT, localizePath, splitLocale } from '@/i18n';
import { getApp } from '@/server/app';
import { DraftSession } from '@/server/draft-session';
import { BadRequestError, ConfigError } from '@/server/errors';
import { BODY_SIZE_LIMIT } from '@/server/limits';
import { isAllowedOrigin, securityHeaders } from '@/server/http';
import { loketGuard } from '@/server/loket/guard';
import { withTestClock } from '@/server/test-clock';

// Read at start-up, so a wrong environment or a missing gemeente file stops the server with a clear message.
const app = getApp();
const gemeente = (await getEntry('gemeente', app.config.KRACHTWIJZER_GEMEENTE))?.data;
if (!gemeente) {
  throw new ConfigError(`KRACHTWIJZER_GEMEENTE=${app.config.KRACHTWIJZER_GEMEENTE}, but content/gemeente/ has no such file`);
}

/** Pages a refused or failed request is rewritten to; they must not be refused again. */
const REFUSAL_PAGES = new Set(['/geweigerd', '/fout', '/ongeldig']);

export const onRequest = defineMiddleware((context, next) =>
  // Browser tests may move the clock of their own requests; off unless KRACHTWIJZER_TEST_CLOCK=aan (see server/test-clock.ts).
  withTestClock(app.config.KRACHTWIJZER_TEST_CLOCK === 'aan', context.request.headers, () => handle(context, next)));

const handle: Parameters<typeof defineMiddleware>[0] = async (context, next) => {
  const { locale, path } = splitLocale(context.url.pathname);
  const { locals } = context;
  locals.app = app;
  locals.gemeente = gemeente;
  locals.locale = locale;
  locals.path = path;
  locals.t = getT(locale);
  locals.href = (to: string) => localizePath(to, locale);
  locals.session = new DraftSession(context.cookies, app);

  // Form posts from another site are refused with a page a person can read (CSRF; WCAG 3.3.1).
  if (!['GET', 'HEAD', 'OPTIONS'].includes(context.request.method) && !REFUSAL_PAGES.has(path)
    && !isAllowedOrigin(context.request.headers, context.url, app.config.KRACHTWIJZER_PUBLIC_URL)) {
    return context.rewrite(localizePath('/geweigerd', locale));
  }

  // Refuse a body that is too large before reading it (the adapter would cut it off anyway).
  if (Number(context.request.headers.get('content-length') ?? 0) > BODY_SIZE_LIMIT && !REFUSAL_PAGES.has(path)) {
    return context.rewrite(`${localizePath('/ongeldig', locale)}?reden=te-groot`);
  }

  let response: Response;
  try {
    // The werkplek: every page but the login needs a session; beheer pages need a beheerder (see server/loket/guard.ts).
    const guard = loketGuard(path, context.cookies, app);
    locals.loket = guard.user;
    if (guard.verdict === 'login') return context.redirect(`${localizePath('/loket', locale)}${guard.expired ? '?verlopen=ja' : ''}`, 303);
    if (guard.verdict === 'stage') return context.redirect(localizePath(guard.stagePath, locale), 303);
    if (guard.verdict === 'forbidden') return context.rewrite(localizePath('/loket/geen-toegang', locale));
    response = locale === 'nl' ? await next() : await next(path + context.url.search);
  } catch (error) {
    // Astro cannot rewrite a request whose body was read; then the browser is sent to the page instead.
    const show = (page: string) => (context.request.bodyUsed ? context.redirect(page, 303) : context.rewrite(page));
    if (error instanceof BadRequestError) return show(`${localizePath('/ongeldig', locale)}?reden=${error.reason}`);
    // Log the error's name and a reference, never the request's content (AVG).
    const referentie = crypto.randomUUID().slice(0, 8);
    console.error(JSON.stringify({ event: 'request-failed', referentie, error: error instanceof Error ? error.name : 'unknown', path }));
    return show(`${localizePath('/fout', locale)}?referentie=${referentie}`);
  }
  for (const [name, value] of Object.entries(securityHeaders)) {
    // A route may allow caching of what holds no personal data (the theme CSS, the JSON Schema).
    if (name === 'Cache-Control' && response.headers.has(name)) continue;
    response.headers.set(name, value);
  }
  return response;
};
