import { createHash, randomBytes } from 'node:crypto';
import { emptyDraft, type Draft } from '@/domain/melding/draft';
import type { Melding } from '@/domain/melding/schema';
import type { App } from './app';
import { secureCookies } from './config';
import type { StoredDraft } from './storage/repository';

/** The session cookie: a random id that only this browser knows. The database holds only its hash. */
export const SESSION_COOKIE = 'kw_sessie';
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;
const DAY = 24 * 60 * 60 * 1000;

/** The part of Astro's cookie API we use; server/ stays free of Astro. */
export interface CookieJar {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options: { httpOnly: boolean; secure: boolean; sameSite: 'lax'; path: string; maxAge: number }): void;
  delete(name: string, options: { path: string }): void;
}

/** The draft of one browser session. Nothing is stored, and no cookie set, until the first save. */
export class DraftSession {
  #loaded: StoredDraft | undefined;

  constructor(private readonly cookies: CookieJar, private readonly app: App) {}

  #key(id = this.cookies.get(SESSION_COOKIE)?.value): string | undefined {
    return id && SESSION_ID.test(id) ? createHash('sha256').update(id).digest('hex') : undefined;
  }

  #expiry(now: Date): Date {
    return new Date(now.getTime() + this.app.config.KRACHTWIJZER_DRAFT_DAYS * DAY);
  }

  /** A key for this browser, creating the cookie when there is none yet. */
  #ensureKey(): string {
    const existing = this.#key();
    if (existing) return existing;
    const id = randomBytes(32).toString('base64url');
    this.cookies.set(SESSION_COOKIE, id, {
      httpOnly: true, secure: secureCookies(this.app.config), sameSite: 'lax', path: '/',
      maxAge: this.app.config.KRACHTWIJZER_DRAFT_DAYS * DAY / 1000,
    });
    return this.#key(id)!;
  }

  /** The draft so far (empty when there is none) and, after sending, the melding's reference. */
  async load(): Promise<StoredDraft> {
    if (this.#loaded) return this.#loaded;
    const key = this.#key();
    const stored = key ? await this.app.repository.getDraft(key, this.app.now()) : undefined;
    this.#loaded = stored ?? { draft: emptyDraft() };
    return this.#loaded;
  }

  /** Saves the whole draft; its 30 days start again. */
  async save(draft: Draft): Promise<void> {
    const now = this.app.now();
    const key = this.#ensureKey();
    await this.app.repository.saveDraft(key, draft, now, this.#expiry(now));
    this.#loaded = { draft, sentReferentie: this.#loaded?.sentReferentie };
  }

  /** Stores the melding and empties the draft; false when the reference was taken. */
  async send(melding: Melding): Promise<boolean> {
    const now = this.app.now();
    const sent = await this.app.repository.sendMelding(this.#ensureKey(), melding, now, this.#expiry(now));
    if (sent) this.#loaded = { draft: emptyDraft(), sentReferentie: melding.referentie };
    return sent;
  }

  /** The melding this browser sent last, for its confirmation and print page. */
  async sentMelding(): Promise<Melding | undefined> {
    const { sentReferentie } = await this.load();
    return sentReferentie ? this.app.repository.getMelding(sentReferentie) : undefined;
  }

  /** This browser's session key (the hash of its cookie), if it has one. */
  currentKey(): string | undefined {
    return this.#key();
  }

  /** Gives this browser a new session id and returns its key; the caller moves a draft there ("Later verder"). */
  renewKey(): string {
    const id = randomBytes(32).toString('base64url');
    this.cookies.set(SESSION_COOKIE, id, {
      httpOnly: true, secure: secureCookies(this.app.config), sameSite: 'lax', path: '/',
      maxAge: this.app.config.KRACHTWIJZER_DRAFT_DAYS * DAY / 1000,
    });
    this.#loaded = undefined;
    return this.#key(id)!;
  }

  /** "Wis mijn gegevens": deletes the draft and the cookie at once. */
  async wipe(): Promise<void> {
    const key = this.#key();
    if (key) await this.app.repository.deleteDraft(key);
    this.cookies.delete(SESSION_COOKIE, { path: '/' });
    this.#loaded = { draft: emptyDraft() };
  }
}
