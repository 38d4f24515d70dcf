/**
 * A cache of whole responses in front of rendering, for pages that hold nothing personal, asked by a visitor
 * without any cookie. Astro costs about a millisecond of CPU per request before a page does anything; only a
 * response that never reaches it gets an anonymous visitor near the platform's speed.
 *
 * Two sides decide together, each on what it can see:
 * - the middleware (in Astro) marks a response as public: a public path, a request without cookies, a session
 *   that found no draft, a page that asked not to be cached (it counted something) did not ask so;
 * - the front server (serve.ts) stores only marked responses with status 200 that set no cookie, and answers from
 *   the cache only requests without any cookie, never the werkplek, never a form post.
 * The bytes are stored as sent, so the CSP hashes in the page stay right. Entries live a minute (a page may say
 * "not checked for a year", which turns with the date), the whole cache is bounded in bytes, and it is emptied
 * when a new build or a changed gemeente file appears.
 */

/** The internal header the middleware sets on a public response; the front server removes it before sending. */
export const PUBLIC_MARK = 'x-krachtwijzer-publiek';
/** Sent with a response that came from the cache (for operators and the tests). */
export const HIT_HEADER = 'x-krachtwijzer-cache';

/**
 * Pages that are the same for every visitor without a draft: start, uitleg, toegankelijkheid, privacy, the sociale
 * kaart's search (with its results fragment) and entry pages, the HSDS API and the JSON Schemas. Not the "Klopt dit
 * niet?" form (it takes reports), not the werkplek, nothing of the journey.
 */
const PUBLIC_PATHS = [
  /^\/$/, /^\/uitleg$/, /^\/toegankelijkheid$/, /^\/privacy$/,
  /^\/sociale-kaart$/, /^\/sociale-kaart\/resultaten$/, /^\/sociale-kaart\/(?!resultaten$)[a-z0-9-]+$/,
  /^\/api\/hsds(\/[A-Za-z0-9_/-]*)?$/, /^\/schema\/[a-z0-9.-]+$/,
];

/**
 * The language prefixes of src/i18n (its LOCALES but Dutch). This file runs in the front server, outside the build,
 * so it cannot import the i18n module with its JSON; response-cache.test.ts checks the two lists agree.
 */
export const PREFIXED_LOCALES = ['en', 'tr', 'ar', 'pl', 'uk'] as const;
const LOCALE_PREFIX = new RegExp(`^/(${PREFIXED_LOCALES.join('|')})(?=/|$)`);

/** Whether a path (with or without locale prefix, without query) is one of the public pages. */
export function isPublicPath(pathname: string): boolean {
  const path = pathname.replace(LOCALE_PREFIX, '') || '/';
  const bare = path.length > 1 ? path.replace(/\/$/, '') : path;
  return PUBLIC_PATHS.some((p) => p.test(bare));
}

/** What the cache may know of a request: its method, address and the headers that matter. */
export interface CacheRequest { method: string; url: string; cookie: string | undefined; authorization: string | undefined; testClock: string | undefined }

/** Whether a request may be answered from the cache, or fill it: an anonymous GET (or HEAD) of a public page. */
export function requestMayUseCache(request: CacheRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (request.cookie || request.authorization || request.testClock) return false;
  const pathname = request.url.split('?')[0] ?? '';
  return isPublicPath(pathname);
}

/** Whether a response may be stored: marked public by the middleware, a plain 200, and no cookie set. */
export function responseMayBeStored(status: number, headers: Record<string, string | string[] | number | undefined>): boolean {
  return status === 200 && headers[PUBLIC_MARK] === '1' && headers['set-cookie'] === undefined;
}

/** The cache key: locale and path are both in the address; the query as sent. */
export const cacheKey = (url: string) => url;

export interface CachedResponse { status: number; headers: Record<string, string | string[] | number | undefined>; body: Buffer; storedAt: number; variants: Map<string, Buffer> }

/** An entry and the bytes it holds: its body and the compressed forms the front server added to `variants`. */
interface Entry extends CachedResponse { bytes: number }

/**
 * The store: least recently used first out, bounded in bytes (bodies and their compressed forms), entries live
 * `ttlMs`.
 */
export class ResponseCache {
  readonly #entries = new Map<string, Entry>();
  #bytes = 0;
  readonly maxBytes: number;
  readonly ttlMs: number;
  readonly now: () => number;

  constructor(maxBytes = 32 * 1024 * 1024, ttlMs = 60_000, now = () => Date.now()) {
    this.maxBytes = maxBytes;
    this.ttlMs = ttlMs;
    this.now = now;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** What the entries hold in bytes, bodies and compressed forms together. */
  get bytes(): number {
    return this.#bytes;
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (this.now() - entry.storedAt >= this.ttlMs) {
      this.#bytes -= entry.bytes;
      return undefined;
    }
    this.#entries.set(key, entry);
    return entry;
  }

  set(key: string, status: number, headers: CachedResponse['headers'], body: Buffer): void {
    if (body.length > this.maxBytes / 8) return;
    this.#remove(key);
    const entry: Entry = { status, headers, body, storedAt: this.now(), variants: this.#variants(key, () => entry), bytes: body.length };
    this.#entries.set(key, entry);
    this.#bytes += body.length;
    this.#shrink();
  }

  /** A map for an entry's compressed forms that counts what is added to it against the bound. */
  #variants(key: string, owner: () => Entry): Map<string, Buffer> {
    const grow = (delta: number) => {
      const entry = owner();
      // An entry already replaced or dropped no longer counts.
      if (this.#entries.get(key) !== entry) return;
      entry.bytes += delta;
      this.#bytes += delta;
      this.#shrink();
    };
    return new (class extends Map<string, Buffer> {
      override set(encoding: string, compressed: Buffer): this {
        const before = this.get(encoding)?.length ?? 0;
        super.set(encoding, compressed);
        grow(compressed.length - before);
        return this;
      }
    })();
  }

  #remove(key: string): void {
    const old = this.#entries.get(key);
    if (!old) return;
    this.#entries.delete(key);
    this.#bytes -= old.bytes;
  }

  #shrink(): void {
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }
}
