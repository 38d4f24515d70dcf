import { getEntry } from 'astro:content';
import { defineMiddleware, sequence } from 'astro:middleware';
import { getT, isLoketPath, LOKET_LOCALES, localizePath, splitLocale } from '@/i18n';
import { getApp } from '@/server/app';
import { DraftSession } from '@/server/draft-session';
import { BadRequestError, ConfigError } from '@/server/errors';
import { BODY_SIZE_LIMIT } from '@/server/limits';
import { clientAddress, isAllowedOrigin, securityHeaders } from '@/server/http';
import { loketGuard } from '@/server/loket/guard';
import { getKaart } from '@/pages/_sociale-kaart/kaart';
import { PUBLIC_MARK, requestMayUseCache } from '@/server/response-cache';
import { TEST_CLOCK_HEADER, withTestClock } from '@/server/test-clock';

// Read at start-up, so a wrong environment or a missing gemeente file stops the server with a clear message.
const app = getApp();
const gemeente = (await getEntry('gemeente', app.config.KRACHTWIJZER_GEMEENTE))?.data;
if (!gemeente) {
  throw new ConfigError(`KRACHTWIJZER_GEMEENTE=${app.config.KRACHTWIJZER_GEMEENTE}, but content/gemeente/ has no such file`);
}
const responseHeaders = securityHeaders(app.config.KRACHTWIJZER_PUBLIC_URL);
/** The idle times the warnings on shared computers and at the werkplek count down from. */
const idle = { loketMinutes: app.config.KRACHTWIJZER_LOKET_IDLE_MINUTES, sharedSeconds: app.config.KRACHTWIJZER_GEDEELD_IDLE_SECONDS };
// The mail worker needs the gemeente's loket address; it logs one line saying whether mail is on.
app.mail.start(gemeente);
// The sociale kaart's index is built now, before the port opens (src/server/serve.ts loads this module first), never during a visitor's search.
await getKaart();

/** The adapter's socket address; Astro throws when it has none. */
function socketAddress(context: { clientAddress: string }): string {
  try {
    return context.clientAddress;
  } catch {
    return 'onbekend';
  }
}

/** Pages a refused or failed request is rewritten to; they must not be refused again. */
const REFUSAL_PAGES = new Set(['/geweigerd', '/fout', '/ongeldig']);

/** Browser tests may move the clock of their own requests; off unless KRACHTWIJZER_TEST_CLOCK=aan (see server/test-clock.ts). */
const testClock = defineMiddleware((context, next) =>
  withTestClock(app.config.KRACHTWIJZER_TEST_CLOCK === 'aan', context.request.headers, () => next()));

/** What every page reads from `Astro.locals`: language, path, translations, the draft session, the idle times, the client's address. */
const setLocals = defineMiddleware((context, next) => {
  const { locale, path } = splitLocale(context.url.pathname);
  const { locals } = context;
  locals.app = app;
  locals.gemeente = gemeente;
  locals.idle = idle;
  locals.locale = locale;
  locals.path = path;
  locals.t = getT(locale);
  locals.href = (to: string) => localizePath(to, locale);
  locals.session = new DraftSession(context.cookies, app);
  locals.clientIp = clientAddress(socketAddress(context), context.request.headers.get('x-forwarded-for'), app.config.KRACHTWIJZER_TRUSTED_PROXIES);
  return next();
});

/**
 * The werkplek speaks Dutch and English only: /tr/loket/… is the Dutch werkplek. A 303, so a form post
 * arrives as a plain GET of the same page rather than being replayed.
 */
const werkplekLanguage = defineMiddleware((context, next) => {
  const { locale, path } = context.locals;
  if (isLoketPath(path) && !(LOKET_LOCALES as readonly string[]).includes(locale)) {
    return context.redirect(path + context.url.search, 303);
  }
  return next();
});

/** Form posts from another site are refused with a page a person can read (CSRF; WCAG 3.3.1). */
const refuseForeignPosts = defineMiddleware((context, next) => {
  const { locale, path } = context.locals;
  if (!['GET', 'HEAD', 'OPTIONS'].includes(context.request.method) && !REFUSAL_PAGES.has(path)
    && !isAllowedOrigin(context.request.headers, context.url, app.config.KRACHTWIJZER_PUBLIC_URL)) {
    return context.rewrite(localizePath('/geweigerd', locale));
  }
  return next();
});

/** Refuse a body that is too large before reading it (the adapter would cut it off anyway). */
const refuseLargeBodies = defineMiddleware((context, next) => {
  const { locale, path } = context.locals;
  if (Number(context.request.headers.get('content-length') ?? 0) > BODY_SIZE_LIMIT && !REFUSAL_PAGES.has(path)) {
    return context.rewrite(`${localizePath('/ongeldig', locale)}?reden=te-groot`);
  }
  return next();
});

/** A failed request gets a page: bad input the "ongeldig" page, anything else the "fout" page with a reference. */
const showFailures = defineMiddleware(async (context, next) => {
  const { locale, path } = context.locals;
  try {
    return await next();
  } catch (error) {
    // Astro cannot rewrite a request whose body was read; then the browser is sent to the page instead.
    const show = (page: string) => (context.request.bodyUsed ? context.redirect(page, 303) : context.rewrite(page));
    if (error instanceof BadRequestError) return show(`${localizePath('/ongeldig', locale)}?reden=${error.reason}`);
    // Log the error's name and a reference, never the request's content (AVG).
    const referentie = crypto.randomUUID().slice(0, 8);
    console.error(JSON.stringify({ event: 'request-failed', referentie, error: error instanceof Error ? error.name : 'unknown', path }));
    return show(`${localizePath('/fout', locale)}?referentie=${referentie}`);
  }
});

/** Headers on every rendered page (see server/http.ts). */
const addSecurityHeaders = defineMiddleware(async (_context, next) => {
  const response = await next();
  for (const [name, value] of Object.entries(responseHeaders)) {
    // A route may allow caching of what holds no personal data (the theme CSS, the JSON Schema).
    if (name === 'Cache-Control' && response.headers.has(name)) continue;
    response.headers.set(name, value);
  }
  return response;
});

/** The werkplek: every page but the login needs a session; beheer pages need a beheerder (see server/loket/guard.ts). */
const werkplekGuard = defineMiddleware(async (context, next) => {
  const { locale, path } = context.locals;
  const guard = await loketGuard(path, context.cookies, app);
  context.locals.loket = guard.user;
  if (guard.verdict === 'login') return context.redirect(`${localizePath('/loket', locale)}${guard.expired ? '?verlopen=ja' : ''}`, 303);
  if (guard.verdict === 'stage') return context.redirect(localizePath(guard.stagePath, locale), 303);
  if (guard.verdict === 'forbidden') return context.rewrite(localizePath('/loket/geen-toegang', locale));
  return next();
});

/** A shared computer whose draft ran out of time: wipe what is left (cookies) and say so, also without JavaScript. */
const sharedComputerTimeout = defineMiddleware(async (context, next) => {
  const { locale, path, session } = context.locals;
  if (session.shared && !path.startsWith('/loket') && !/^\/(wissen|thema\.css|healthz|api\/|schema\/)/.test(path)) {
    await session.load();
    if (session.expired) {
      await session.wipe();
      return context.redirect(`${localizePath('/wissen', locale)}?klaar=ja&reden=tijd`, 303);
    }
  }
  return next();
});

/**
 * Marks a response the front server may keep in its response cache (server/response-cache.ts): an anonymous
 * request for a public page, a session that found no draft, a page that did not count anything, no cookie set.
 */
const markPublic = defineMiddleware(async (context, next) => {
  const { request, locals } = context;
  const response = await next();
  const anonymous = requestMayUseCache({
    method: request.method, url: context.url.pathname + context.url.search, cookie: request.headers.get('cookie') ?? undefined,
    authorization: request.headers.get('authorization') ?? undefined, testClock: request.headers.get(TEST_CLOCK_HEADER) ?? undefined,
  });
  if (anonymous && !locals.session.foundDraft && !locals.uncacheable && response.status === 200 && !response.headers.has('set-cookie')) {
    response.headers.set(PUBLIC_MARK, '1');
  }
  return response;
});

/** Dutch lives at /, the other languages at /<locale>/…: every page is one route, rendered under its path without prefix. */
const render = defineMiddleware((context, next) => {
  const { locale, path } = context.locals;
  return locale === 'nl' ? next() : next(path + context.url.search);
});

export const onRequest = sequence(
  testClock, setLocals, werkplekLanguage, refuseForeignPosts, refuseLargeBodies, showFailures, addSecurityHeaders,
  werkplekGuard, sharedComputerTimeout, markPublic, render,
);
