import { describe, expect, test } from 'vitest';
import { LOCALES } from '@/i18n';
import { isPublicPath, PREFIXED_LOCALES, PUBLIC_MARK, requestMayUseCache, ResponseCache, responseMayBeStored } from './response-cache';

const anonymous = (url: string) => ({ method: 'GET', url, cookie: undefined, authorization: undefined, testClock: undefined });
const PUBLIC = ['/', '/uitleg', '/toegankelijkheid', '/privacy', '/sociale-kaart', '/sociale-kaart/resultaten',
  '/sociale-kaart/tip-boodschappen-samen-doen', '/api/hsds', '/api/hsds/services', '/api/hsds/services/abc-123'];
/** Every page that can show something of one person, and the werkplek. */
const PERSONAL = ['/melding/wie', '/levensgebieden', '/levensgebieden/huishouden', '/levensgebieden/hulp-bij-kiezen', '/melding/mensen',
  '/melding/contact', '/melding/controleren', '/melding/versturen', '/melding/verstuurd', '/melding/mijn-verhaal', '/verder',
  '/verder/code', '/verder/uw-code', '/verder/plan', '/wissen', '/steunpunt', '/sociale-kaart/tip-boodschappen-samen-doen/klopt-niet',
  '/loket', '/loket/inbox', '/loket/meldingen/KW-ABCD-2345', '/loket/beheer/accounts', '/healthz', '/bestaat-niet'];

describe('which pages the response cache may hold', () => {
  test('its language prefixes are those of src/i18n', () => {
    expect([...PREFIXED_LOCALES]).toEqual(LOCALES.filter((l) => l !== 'nl'));
  });

  test.each(['', ...PREFIXED_LOCALES.map((l) => `/${l}`)])('public pages in "%s" may come from it, with any query', (prefix) => {
    for (const path of PUBLIC) {
      const url = prefix + (path === '/' && prefix ? '/' : path);
      expect(isPublicPath(url), url).toBe(true);
      expect(requestMayUseCache(anonymous(`${url}?q=koffie`)), url).toBe(true);
    }
  });

  test.each(['', ...PREFIXED_LOCALES.map((l) => `/${l}`)])('no personal page and no werkplek page in "%s", ever', (prefix) => {
    for (const path of PERSONAL) {
      expect(isPublicPath(prefix + path), prefix + path).toBe(false);
      expect(requestMayUseCache(anonymous(prefix + path)), prefix + path).toBe(false);
    }
  });

  test('a request with any cookie, a login, the test clock, or a form post never uses it', () => {
    expect(requestMayUseCache({ ...anonymous('/'), cookie: 'kw_sessie=abc' })).toBe(false);
    expect(requestMayUseCache({ ...anonymous('/uitleg'), cookie: 'iets=anders' })).toBe(false);
    expect(requestMayUseCache({ ...anonymous('/uitleg'), authorization: 'Basic eA==' })).toBe(false);
    expect(requestMayUseCache({ ...anonymous('/uitleg'), testClock: '8' })).toBe(false);
    expect(requestMayUseCache({ ...anonymous('/sociale-kaart'), method: 'POST' })).toBe(false);
    expect(requestMayUseCache({ ...anonymous('/uitleg'), method: 'HEAD' })).toBe(true);
  });

  test('only a 200 the middleware marked public, setting no cookie, is stored', () => {
    expect(responseMayBeStored(200, { [PUBLIC_MARK]: '1', 'content-type': 'text/html' })).toBe(true);
    expect(responseMayBeStored(200, { 'content-type': 'text/html' })).toBe(false);
    expect(responseMayBeStored(200, { [PUBLIC_MARK]: '1', 'set-cookie': ['kw_sessie=x'] })).toBe(false);
    expect(responseMayBeStored(303, { [PUBLIC_MARK]: '1' })).toBe(false);
    expect(responseMayBeStored(404, { [PUBLIC_MARK]: '1' })).toBe(false);
  });
});

describe('the store', () => {
  const body = (n: number) => Buffer.alloc(n, 'a');

  test('an entry lives a minute, then is rendered again', () => {
    let now = 0;
    const cache = new ResponseCache(1024 * 1024, 60_000, () => now);
    cache.set('/uitleg', 200, {}, body(10));
    now = 59_999;
    expect(cache.get('/uitleg')?.body.length).toBe(10);
    now = 60_000;
    expect(cache.get('/uitleg')).toBeUndefined();
  });

  test('bounded in bytes: the least recently used go first; a body too large for it is not kept', () => {
    const cache = new ResponseCache(800);
    cache.set('/a', 200, {}, body(100));
    cache.set('/b', 200, {}, body(100));
    expect(cache.get('/a')).toBeDefined();
    for (let i = 0; i < 7; i++) cache.set(`/c${i}`, 200, {}, body(100));
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')).toBeDefined();
    cache.set('/groot', 200, {}, body(101));
    expect(cache.get('/groot')).toBeUndefined();
  });

  test('the compressed forms the front server keeps count against the bound as well', () => {
    const cache = new ResponseCache(800);
    cache.set('/a', 200, {}, body(100));
    cache.get('/a')!.variants.set('br', body(30));
    cache.get('/a')!.variants.set('gzip', body(40));
    expect(cache.bytes).toBe(170);
    cache.get('/a')!.variants.set('gzip', body(35));
    expect(cache.bytes).toBe(165);
    for (let i = 0; i < 6; i++) cache.set(`/b${i}`, 200, {}, body(100));
    // 165 + 600 fits; one more pushes out the least recently used.
    expect(cache.get('/a')).toBeDefined();
    cache.set('/c', 200, {}, body(100));
    expect(cache.get('/b0')).toBeUndefined();
    cache.get('/b1')!.variants.set('br', body(90));
    expect(cache.bytes).toBeLessThanOrEqual(800);
    expect(cache.get('/b2')).toBeUndefined();
    cache.set('/a', 200, {}, body(10));
    expect(cache.get('/a')!.variants.size).toBe(0);
    // /b3, /b4, /b5 and /c (100 each), /b1 with its 90, and the new /a.
    expect(cache.bytes).toBe(600);
  });

  test('clear empties it (a new build or gemeente file)', () => {
    const cache = new ResponseCache();
    cache.set('/', 200, {}, body(1));
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.get('/')).toBeUndefined();
  });
});
