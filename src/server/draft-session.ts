import { createHash, randomBytes } from 'node:crypto';
import { emptyDraft, type Draft } from '@/domain/melding/draft';
import type { Melding, StoredMelding } from '@/domain/melding/schema';
import type { App } from './app';
import { secureCookies } from './config';
import type { StoredDraft } from './storage/repository';

/**
 * The session cookie: a random id that only this browser knows. The database holds only its hash. Only ids the
 * server issued count: a well-formed id it never issued (set by someone else in this browser: session fixation)
 * is replaced by a fresh one before anything is stored under it.
 */
export const SESSION_COOKIE = 'kw_sessie';
/** Marks a shared computer ("gedeelde computer"): a browser-session cookie, gone when the browser closes. */
export const SHARED_COOKIE = 'kw_gedeeld';
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;
const DAY = 24 * 60 * 60 * 1000;

/** The part of Astro's cookie API we use; server/ stays free of Astro. */
export interface CookieJar {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options: { httpOnly: boolean; secure: boolean; sameSite: 'lax'; path: string; maxAge?: number }): void;
  delete(name: string, options: { path: string }): void;
}

/** The draft of one browser session. Nothing is stored, and no cookie set, until the first save. */
export class DraftSession {
  #loaded: StoredDraft | undefined;

  constructor(private readonly cookies: CookieJar, private readonly app: App) {}

  #key(id = this.cookies.get(SESSION_COOKIE)?.value): string | undefined {
    return id && SESSION_ID.test(id) ? createHash('sha256').update(id).digest('hex') : undefined;
  }

  /** The key of an id this server issued and still holds a draft for; null when there is none (checked once per request). */
  #issued: string | null | undefined;

  async #issuedKey(): Promise<string | undefined> {
    const key = this.#key();
    if (!key) return undefined;
    if (this.#issued === undefined) this.#issued = (await this.app.repository.getDraft(key, this.app.now())) ? key : null;
    return this.#issued === key ? key : undefined;
  }

  /** On a shared computer a draft lives only while someone is active; elsewhere for the configured days. */
  #expiry(now: Date): Date {
    if (this.shared) return new Date(now.getTime() + this.app.config.KRACHTWIJZER_GEDEELD_IDLE_SECONDS * 1000);
    return new Date(now.getTime() + this.app.config.KRACHTWIJZER_DRAFT_DAYS * DAY);
  }

  #setSessionCookie(id: string): void {
    // On a shared computer the cookie lives only as long as the browser is open (no Max-Age).
    this.cookies.set(SESSION_COOKIE, id, {
      httpOnly: true, secure: secureCookies(this.app.config), sameSite: 'lax', path: '/',
      ...(this.shared ? {} : { maxAge: this.app.config.KRACHTWIJZER_DRAFT_DAYS * DAY / 1000 }),
    });
  }

  #shared = false;
  #expired = false;
  #foundDraft = false;

  /** True once `load` found a stored draft: the page may then show personal answers (see server/response-cache.ts). */
  get foundDraft(): boolean {
    return this.#foundDraft;
  }

  /** True on a shared computer: nothing stays in the browser, and the draft ends after a short time without activity. */
  get shared(): boolean {
    return this.#shared || this.cookies.get(SHARED_COOKIE)?.value === 'ja';
  }

  /** True when this shared computer's draft was wiped for lack of activity (checked by `load`). */
  get expired(): boolean {
    return this.#expired;
  }

  /**
   * Turns on the shared-computer mode for this browser. A draft already started keeps going, but from now on
   * with the short expiry and a cookie that ends with the browser.
   */
  async useSharedComputer(): Promise<void> {
    this.cookies.set(SHARED_COOKIE, 'ja', { httpOnly: true, secure: secureCookies(this.app.config), sameSite: 'lax', path: '/' });
    this.#shared = true;
    const id = this.cookies.get(SESSION_COOKIE)?.value;
    const key = await this.#issuedKey();
    if (!id || !key) return;
    this.#setSessionCookie(id);
    const now = this.app.now();
    await this.app.repository.touchDraft(key, now, this.#expiry(now));
  }

  /** A key for this browser: its issued one, or a new id from the server (a new cookie) when it has none. */
  async #ensureKey(): Promise<string> {
    const existing = await this.#issuedKey();
    if (existing) return existing;
    const id = randomBytes(32).toString('base64url');
    this.#setSessionCookie(id);
    this.#issued = this.#key(id)!;
    return this.#issued;
  }

  /** The draft so far (empty when there is none) and, after sending, the melding's reference. */
  async load(): Promise<StoredDraft> {
    if (this.#loaded) return this.#loaded;
    const key = this.#key();
    const now = this.app.now();
    const stored = key ? await this.app.repository.getDraft(key, now) : undefined;
    if (key) this.#issued = stored ? key : null;
    if (this.shared && key) {
      // On a shared computer every request counts as activity; a cookie without a draft means the time ran out.
      if (stored) await this.app.repository.touchDraft(key, now, this.#expiry(now));
      else this.#expired = true;
    }
    this.#foundDraft ||= stored !== undefined;
    this.#loaded = stored ?? { draft: emptyDraft() };
    return this.#loaded;
  }

  /** Saves the whole draft; its 30 days start again. */
  async save(draft: Draft): Promise<void> {
    const now = this.app.now();
    const key = await this.#ensureKey();
    await this.app.repository.saveDraft(key, draft, now, this.#expiry(now));
    this.#loaded = { draft, sentReferentie: this.#loaded?.sentReferentie };
  }

  /** Stores the melding and empties the draft; false when the reference was taken. */
  async send(melding: Melding): Promise<boolean> {
    const now = this.app.now();
    const sent = await this.app.repository.sendMelding(await this.#ensureKey(), melding, now, this.#expiry(now));
    if (sent) this.#loaded = { draft: emptyDraft(), sentReferentie: melding.referentie };
    return sent;
  }

  /** The melding this browser sent last, for its confirmation and print page. */
  async sentMelding(): Promise<StoredMelding | undefined> {
    const { sentReferentie } = await this.load();
    return sentReferentie ? this.app.repository.getMelding(sentReferentie) : undefined;
  }

  /** This browser's session key (the hash of its cookie), if the server issued it and holds its draft. */
  currentKey(): Promise<string | undefined> {
    return this.#issuedKey();
  }

  /** Gives this browser a new session id and returns its key; the caller moves a draft there ("Later verder"). */
  renewKey(): string {
    const id = randomBytes(32).toString('base64url');
    this.cookies.set(SESSION_COOKIE, id, {
      httpOnly: true, secure: secureCookies(this.app.config), sameSite: 'lax', path: '/',
      maxAge: this.app.config.KRACHTWIJZER_DRAFT_DAYS * DAY / 1000,
    });
    this.#loaded = undefined;
    this.#issued = this.#key(id)!;
    return this.#issued;
  }

  /** "Wis mijn gegevens" and "Klaar? Wis alles van deze computer": deletes the draft and the cookies at once. */
  async wipe(): Promise<void> {
    const key = this.#key();
    if (key) await this.app.repository.deleteDraft(key);
    this.cookies.delete(SESSION_COOKIE, { path: '/' });
    this.cookies.delete(SHARED_COOKIE, { path: '/' });
    this.#shared = false;
    this.#expired = false;
    this.#issued = null;
    this.#loaded = { draft: emptyDraft() };
  }
}
