import type { Draft } from '@/domain/melding/draft';
import type { Melding, StoredMelding } from '@/domain/melding/schema';

/** A draft as stored for one browser session. */
export interface StoredDraft {
  draft: Draft;
  /** Set once the draft was sent: the session may then see that melding's confirmation. */
  sentReferentie?: string | undefined;
}

/** Storage the pages use. Each backend (SQLite now, PostgreSQL later) implements it whole. */
export interface Repository {
  /** The draft of a session key, if there is one that has not expired. */
  getDraft(sessionKey: string, now: Date): Promise<StoredDraft | undefined>;
  /** Creates or replaces a draft and moves its expiry to `expiresAt`. */
  saveDraft(sessionKey: string, draft: Draft, now: Date, expiresAt: Date): Promise<void>;
  /** Moves a draft's expiry to `expiresAt`, unless it has already expired (shared computers: activity keeps it). */
  touchDraft(sessionKey: string, now: Date, expiresAt: Date): Promise<void>;
  /**
   * Moves a draft (and what hangs on it) to another session key, re-encrypted for it; a draft the target already had
   * is deleted. False when there is no unexpired draft to move. Used by "Later verder".
   */
  moveDraft(fromKey: string, toKey: string, now: Date): Promise<boolean>;
  /** Deletes a draft at once. */
  deleteDraft(sessionKey: string): Promise<void>;
  /** Deletes drafts whose expiry has passed; returns how many. */
  deleteExpiredDrafts(now: Date): Promise<number>;
  /**
   * Stores a melding and, in the same transaction, empties the session's draft and remembers the
   * melding's reference. Returns false when the reference is taken (the caller draws a new one).
   */
  sendMelding(sessionKey: string, melding: Melding, now: Date, expiresAt: Date): Promise<boolean>;
  /** A stored melding by reference, in the schema version it was sent with. */
  getMelding(referentie: string): Promise<StoredMelding | undefined>;
  /** True when the database answers. */
  healthy(): Promise<boolean>;
  /** Closes the database underneath (the whole engine, which the process's other stores share). */
  close(): Promise<void>;
}
