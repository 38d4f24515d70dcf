import { createHash } from 'node:crypto';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { chooseTopics } from './states';

/**
 * The response cache in front of rendering (src/server/response-cache.ts, src/server/serve.ts): public pages for a
 * visitor without cookies come from it; nothing personal, nothing for someone with a cookie, nothing of the
 * werkplek ever does; and what comes from it is byte for byte what was rendered, so its CSP still fits.
 */
const HIT = 'x-krachtwijzer-cache';

/** A client that keeps no cookies: every request is a first visit. */
async function visitor(baseURL: string | undefined): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ ...(baseURL ? { baseURL } : {}), storageState: { cookies: [], origins: [] } });
}

/** Asks twice, so a response that could be stored was stored before the second answer. */
async function twice(client: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const first = await client.get(path, { headers, maxRedirects: 0 });
  const second = await client.get(path, { headers, maxRedirects: 0 });
  return { first, second };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('public pages come from the cache for a first visit, byte for byte, and their CSP still fits', async ({ baseURL }) => {
  const client = await visitor(baseURL);
  for (const path of ['/', '/uitleg', '/toegankelijkheid', '/ar/sociale-kaart?q=koffie', '/sociale-kaart/tip-boodschappen-samen-doen', '/api/hsds/services']) {
    const { first, second } = await twice(client, path);
    expect(second.status(), path).toBe(200);
    expect(second.headers()[HIT], path).toBe('hit');
    expect(await second.body(), path).toEqual(await first.body());
    expect(second.headers()['set-cookie'], path).toBeUndefined();
    expect(second.headers()['cache-control'], path).toBe(first.headers()['cache-control']);
    const csp = second.headers()['content-security-policy'];
    if (!second.headers()['content-type']?.startsWith('text/html')) continue;
    // Every inline script and style in the cached bytes is allowed by a hash in the cached CSP.
    expect(csp, path).toBeDefined();
    const html = await second.text();
    // (Data blocks such as JSON-LD are not run, so CSP does not cover them.)
    for (const [, , , body] of html.matchAll(/<script(?![^>]*\b(src=|type="application\/(ld\+)?json"))[^>]*>([\s\S]*?)<\/script>/g)) {
      expect(csp, `${path}: a script`).toContain(sha256(body!));
    }
    for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) expect(csp, `${path}: a style`).toContain(sha256(body!));
  }
  await client.dispose();
});

test('a page from the cache runs in the browser without a CSP violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  for (const path of ['/', '/ar/sociale-kaart?q=koffie']) {
    await page.context().clearCookies();
    await page.goto(path);
    await page.context().clearCookies();
    const response = await page.goto(path);
    expect(response?.headers()[HIT], path).toBe('hit');
    await expect(page.locator('h1')).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test('someone with a draft never gets a page from the cache, not even a public one', async ({ page, baseURL }) => {
  const client = await visitor(baseURL);
  await twice(client, '/');
  await client.dispose();
  await chooseTopics(page);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  expect(cookie).toContain('kw_sessie=');
  for (const path of ['/', '/uitleg', '/sociale-kaart', '/levensgebieden/huishouden']) {
    const { first, second } = await twice(page.request, path);
    expect([first.headers()[HIT], second.headers()[HIT]], path).toEqual([undefined, undefined]);
  }
});

test('any cookie at all keeps a request away from the cache', async ({ baseURL }) => {
  const client = await visitor(baseURL);
  await twice(client, '/uitleg');
  const { first, second } = await twice(client, '/uitleg', { cookie: 'voorkeur=1' });
  expect([first.headers()[HIT], second.headers()[HIT]]).toEqual([undefined, undefined]);
  await client.dispose();
});

test('no page of the journey and no werkplek page ever comes from the cache, also for a first visit', async ({ baseURL }) => {
  const client = await visitor(baseURL);
  for (const path of ['/melding/wie', '/levensgebieden', '/levensgebieden/hulp-bij-kiezen', '/melding/mensen', '/melding/contact',
    '/melding/controleren', '/melding/verstuurd', '/verder', '/verder/code', '/wissen', '/steunpunt', '/en/melding/wie',
    '/sociale-kaart/tip-boodschappen-samen-doen/klopt-niet', '/loket', '/en/loket', '/loket/inbox']) {
    const { first, second } = await twice(client, path);
    expect([first.headers()[HIT], second.headers()[HIT]], path).toEqual([undefined, undefined]);
  }
  await client.dispose();
});

test('a search that finds nothing is rendered each time, so each one is counted for the gemeente', async ({ baseURL }) => {
  const client = await visitor(baseURL);
  const { first, second } = await twice(client, '/sociale-kaart?q=zeilbootverhuur');
  expect(first.status()).toBe(200);
  expect([first.headers()[HIT], second.headers()[HIT]]).toEqual([undefined, undefined]);
  await client.dispose();
});

test('HTML, CSS and JavaScript are sent compressed to a browser that accepts it', async ({ page }) => {
  const responses: Promise<{ url: string; encoding: string | undefined; type: string; size: number }>[] = [];
  page.on('response', (r) => {
    responses.push(r.body().then((b) => ({ url: r.url(), encoding: r.headers()['content-encoding'], type: r.headers()['content-type'] ?? '', size: b.length }), () => ({ url: r.url(), encoding: undefined, type: '', size: 0 })));
  });
  await page.goto('/sociale-kaart?q=koffie');
  await page.waitForLoadState('networkidle');
  // Below a kilobyte compression saves next to nothing; those files go as they are.
  const text = (await Promise.all(responses)).filter((r) => /text\/(html|css|javascript)/.test(r.type) && r.size >= 1024);
  expect(text.map((r) => r.type.split(';')[0])).toEqual(expect.arrayContaining(['text/html', 'text/css', 'text/javascript']));
  for (const r of text) expect(r.encoding, r.url).toMatch(/^(br|gzip)$/);
});
