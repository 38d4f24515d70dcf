import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { DraftSchema } from '@/domain/melding/draft';
import { MeldingSchema, StoredMeldingSchema, type Melding } from '@/domain/melding/schema';
import type { Cipher } from '../crypto';
import { migrateSqlite, openSqliteEngine, openSqliteFile } from '../db/sqlite';
import { engineRepository } from './drafts-meldingen';
import { StorageError } from '../errors';
import { SQLITE_MIGRATIONS } from '../db/migrations/sqlite';
import type { Migration } from './migrations';
import type { Repository, StoredDraft } from './repository';

const DraftRowSchema = z.object({ data: z.string(), sent_referentie: z.string().nullable() });
const MeldingRowSchema = z.object({ data: z.string() });

/** Applies the migrations this database has not seen yet, in order, each in its own transaction. */
export function migrate(db: DatabaseSync, migrations: readonly Migration[] = SQLITE_MIGRATIONS): void {
  migrateSqlite(db, migrations);
}

/** The embedded database: one SQLite file in the data directory, through node:sqlite, migrated. */
export function openSqliteDatabase(dataDir: string): DatabaseSync {
  const db = openSqliteFile(dataDir);
  migrate(db);
  return db;
}

/** The journey's repository on the embedded engine in `dataDir`, for tools and tests; closing it closes the engine. */
export function openSqliteRepository(dataDir: string, cipher: Cipher): Repository {
  return engineRepository(openSqliteEngine(dataDir), cipher);
}

/**
 * Drafts and meldingen on the synchronous handle. The portal stores them through the storage layer
 * (drafts-meldingen.ts); this remains only for the werkplek's tests, which still work on the synchronous handle, to
 * put meldingen in the same file. `onMeldingStored` runs inside the transaction that stores a melding.
 */
export function sqliteRepository(db: DatabaseSync, cipher: Cipher, onMeldingStored?: (melding: Melding, now: Date) => void): Repository {

  const draftContext = (key: string) => `draft:${key}`;
  const meldingContext = (ref: string) => `melding:${ref}`;
  const upsertDraft = db.prepare(`INSERT INTO drafts (session_key, data, sent_referentie, created_at, updated_at, expires_at)
    VALUES (:key, :data, :sent, :now, :now, :expires)
    ON CONFLICT (session_key) DO UPDATE SET data = :data, sent_referentie = :sent, updated_at = :now, expires_at = :expires`);
  // Saving answers keeps the reference of a melding this session sent, unless the draft had expired.
  const saveAnswers = db.prepare(`INSERT INTO drafts (session_key, data, sent_referentie, created_at, updated_at, expires_at)
    VALUES (:key, :data, NULL, :now, :now, :expires)
    ON CONFLICT (session_key) DO UPDATE SET data = :data, updated_at = :now, expires_at = :expires,
      sent_referentie = CASE WHEN drafts.expires_at > :now THEN drafts.sent_referentie END`);

  const readDraft = (key: string, now: Date): StoredDraft | undefined => {
    const raw = db.prepare('SELECT data, sent_referentie FROM drafts WHERE session_key = ? AND expires_at > ?').get(key, now.toISOString());
    if (!raw) return undefined;
    const row = DraftRowSchema.parse(raw);
    const parsed = DraftSchema.safeParse(JSON.parse(cipher.decrypt(row.data, draftContext(key))));
    if (!parsed.success) throw new StorageError('A stored draft does not match the draft schema');
    return { draft: parsed.data, sentReferentie: row.sent_referentie ?? undefined };
  };

  return {
    async getDraft(key, now) {
      return readDraft(key, now);
    },
    async saveDraft(key, draft, now, expiresAt) {
      saveAnswers.run({ key, data: cipher.encrypt(JSON.stringify(draft), draftContext(key)), now: now.toISOString(), expires: expiresAt.toISOString() });
    },
    async touchDraft(key, now, expiresAt) {
      db.prepare('UPDATE drafts SET expires_at = ? WHERE session_key = ? AND expires_at > ?').run(expiresAt.toISOString(), key, now.toISOString());
    },
    async moveDraft(fromKey, toKey, now) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const raw = db.prepare('SELECT data FROM drafts WHERE session_key = ? AND expires_at > ?').get(fromKey, now.toISOString());
        if (!raw || fromKey === toKey) {
          db.exec('ROLLBACK');
          return raw !== undefined;
        }
        const plain = cipher.decrypt(z.object({ data: z.string() }).parse(raw).data, draftContext(fromKey));
        db.prepare('DELETE FROM drafts WHERE session_key = ?').run(toKey);
        db.prepare('UPDATE drafts SET session_key = ?, data = ?, updated_at = ? WHERE session_key = ?')
          .run(toKey, cipher.encrypt(plain, draftContext(toKey)), now.toISOString(), fromKey);
        db.exec('COMMIT');
        return true;
      } catch (error) {
        db.exec('ROLLBACK');
        throw new StorageError('Moving a draft failed', { cause: error });
      }
    },
    async deleteDraft(key) {
      db.prepare('DELETE FROM drafts WHERE session_key = ?').run(key);
    },
    async deleteExpiredDrafts(now) {
      return Number(db.prepare('DELETE FROM drafts WHERE expires_at <= ?').run(now.toISOString()).changes);
    },
    async sendMelding(key, melding, now, expiresAt) {
      const valid = MeldingSchema.parse(melding);
      db.exec('BEGIN IMMEDIATE');
      try {
        const taken = db.prepare('SELECT 1 FROM meldingen WHERE referentie = ?').get(valid.referentie);
        if (taken) {
          db.exec('ROLLBACK');
          return false;
        }
        db.prepare('INSERT INTO meldingen (referentie, schema_version, verstuurd_op, data, created_at) VALUES (?, ?, ?, ?, ?)')
          .run(valid.referentie, valid.schemaVersion, valid.verstuurdOp, cipher.encrypt(JSON.stringify(valid), meldingContext(valid.referentie)), now.toISOString());
        upsertDraft.run({ key, data: cipher.encrypt(JSON.stringify(DraftSchema.parse({})), draftContext(key)), sent: valid.referentie,
          now: now.toISOString(), expires: expiresAt.toISOString() });
        onMeldingStored?.(valid, now);
        db.exec('COMMIT');
        return true;
      } catch (error) {
        db.exec('ROLLBACK');
        throw new StorageError('Storing a melding failed', { cause: error });
      }
    },
    async getMelding(referentie) {
      const raw = db.prepare('SELECT data FROM meldingen WHERE referentie = ?').get(referentie);
      if (!raw) return undefined;
      const parsed = StoredMeldingSchema.safeParse(JSON.parse(cipher.decrypt(MeldingRowSchema.parse(raw).data, meldingContext(referentie))));
      if (!parsed.success) throw new StorageError('A stored melding does not match the melding schema');
      return parsed.data;
    },
    async healthy() {
      try {
        db.prepare('SELECT COUNT(*) AS n FROM migrations').get();
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      db.close();
    },
  };
}
