import type { Kysely } from 'kysely';
import { z } from 'zod';
import { DraftSchema } from '@/domain/melding/draft';
import { MeldingSchema, StoredMeldingSchema, type Melding } from '@/domain/melding/schema';
import type { Cipher } from '../crypto';
import type { Engine, Tables } from '../db';
import { StorageError } from '../errors';
import type { Repository, StoredDraft } from './repository';

const DraftRowSchema = z.object({ data: z.string(), sent_referentie: z.string().nullable() });
const DataRowSchema = z.object({ data: z.string() });

/** What else happens when a melding is stored: the mail outbox queues inside the transaction, its worker runs after. */
export interface MeldingHooks {
  /** Runs inside the transaction that stores the melding; when it throws, the melding is not stored either. */
  stored?(trx: Kysely<Tables>, melding: Melding, now: Date): Promise<void>;
  /** Runs once the transaction has committed. */
  committed?(melding: Melding): void;
}

/** Whether an error is the database refusing a second row with the same key (SQLite and PostgreSQL alike). */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; errcode?: unknown; message?: unknown };
  return e.code === '23505' || e.errcode === 2067 || e.errcode === 1555 || (typeof e.message === 'string' && e.message.includes('UNIQUE constraint failed'));
}

/**
 * The journey's storage (drafts and sent meldingen) on the storage layer, the same on both engines. A draft is
 * encrypted for its session key and a melding for its reference, so a row copied elsewhere does not decrypt.
 */
export function engineRepository(engine: Engine, cipher: Cipher, hooks: MeldingHooks = {}): Repository {
  const { db } = engine;
  const draftContext = (key: string) => `draft:${key}`;
  const meldingContext = (ref: string) => `melding:${ref}`;
  const encryptDraft = (key: string, plain: string) => cipher.encrypt(plain, draftContext(key));

  const readDraft = (key: string, raw: unknown): StoredDraft => {
    const row = DraftRowSchema.parse(raw);
    const parsed = DraftSchema.safeParse(JSON.parse(cipher.decrypt(row.data, draftContext(key))));
    if (!parsed.success) throw new StorageError('A stored draft does not match the draft schema');
    return { draft: parsed.data, sentReferentie: row.sent_referentie ?? undefined };
  };

  return {
    async getDraft(key, now) {
      const raw = await db.selectFrom('drafts').select(['data', 'sent_referentie'])
        .where('session_key', '=', key).where('expires_at', '>', now.toISOString()).executeTakeFirst();
      return raw ? readDraft(key, raw) : undefined;
    },
    async saveDraft(key, draft, now, expiresAt) {
      const at = now.toISOString();
      // Saving answers keeps the reference of a melding this session sent, unless the draft had expired.
      await db.insertInto('drafts')
        .values({ session_key: key, data: encryptDraft(key, JSON.stringify(draft)), sent_referentie: null, created_at: at, updated_at: at,
          expires_at: expiresAt.toISOString() })
        .onConflict((oc) => oc.column('session_key').doUpdateSet((eb) => ({
          data: eb.ref('excluded.data'),
          updated_at: eb.ref('excluded.updated_at'),
          expires_at: eb.ref('excluded.expires_at'),
          sent_referentie: eb.case().when('drafts.expires_at', '>', at).then(eb.ref('drafts.sent_referentie')).else(null).end(),
        })))
        .execute();
    },
    async touchDraft(key, now, expiresAt) {
      await db.updateTable('drafts').set({ expires_at: expiresAt.toISOString() })
        .where('session_key', '=', key).where('expires_at', '>', now.toISOString()).execute();
    },
    async moveDraft(fromKey, toKey, now) {
      try {
        return await engine.transaction(async (trx) => {
          const raw = await trx.selectFrom('drafts').select('data')
            .where('session_key', '=', fromKey).where('expires_at', '>', now.toISOString()).executeTakeFirst();
          if (!raw || fromKey === toKey) return raw !== undefined;
          const plain = cipher.decrypt(DataRowSchema.parse(raw).data, draftContext(fromKey));
          // The draft the target had goes, and with it (by trigger) its codes; the moved draft's codes follow it.
          await trx.deleteFrom('drafts').where('session_key', '=', toKey).execute();
          await trx.updateTable('drafts').set({ session_key: toKey, data: encryptDraft(toKey, plain), updated_at: now.toISOString() })
            .where('session_key', '=', fromKey).execute();
          return true;
        });
      } catch (error) {
        throw new StorageError('Moving a draft failed', { cause: error });
      }
    },
    async deleteDraft(key) {
      await db.deleteFrom('drafts').where('session_key', '=', key).execute();
    },
    async deleteExpiredDrafts(now) {
      const result = await db.deleteFrom('drafts').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async sendMelding(key, melding, now, expiresAt) {
      const valid = MeldingSchema.parse(melding);
      const at = now.toISOString();
      let stored: boolean;
      try {
        stored = await engine.transaction(async (trx) => {
          const taken = await trx.selectFrom('meldingen').select('referentie').where('referentie', '=', valid.referentie).executeTakeFirst();
          if (taken) return false;
          await trx.insertInto('meldingen').values({
            referentie: valid.referentie, schema_version: valid.schemaVersion, verstuurd_op: valid.verstuurdOp,
            data: cipher.encrypt(JSON.stringify(valid), meldingContext(valid.referentie)), created_at: at,
          }).execute();
          await trx.insertInto('drafts')
            .values({ session_key: key, data: encryptDraft(key, JSON.stringify(DraftSchema.parse({}))), sent_referentie: valid.referentie,
              created_at: at, updated_at: at, expires_at: expiresAt.toISOString() })
            .onConflict((oc) => oc.column('session_key').doUpdateSet((eb) => ({
              data: eb.ref('excluded.data'),
              sent_referentie: eb.ref('excluded.sent_referentie'),
              updated_at: eb.ref('excluded.updated_at'),
              expires_at: eb.ref('excluded.expires_at'),
            })))
            .execute();
          await hooks.stored?.(trx, valid, now);
          return true;
        });
      } catch (error) {
        // Another instance stored the same reference between our check and our insert: the caller draws a new one.
        if (isUniqueViolation(error)) return false;
        throw new StorageError('Storing a melding failed', { cause: error });
      }
      if (stored) hooks.committed?.(valid);
      return stored;
    },
    async getMelding(referentie) {
      const raw = await db.selectFrom('meldingen').select('data').where('referentie', '=', referentie).executeTakeFirst();
      if (!raw) return undefined;
      const parsed = StoredMeldingSchema.safeParse(JSON.parse(cipher.decrypt(DataRowSchema.parse(raw).data, meldingContext(referentie))));
      if (!parsed.success) throw new StorageError('A stored melding does not match the melding schema');
      return parsed.data;
    },
    healthy: () => engine.healthy(),
    close: () => engine.close(),
  };
}
