import { sql, type Insertable, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Melding } from '@/domain/melding/schema';
import type { Cipher } from '../crypto';
import type { Engine, Tables } from '../db';
import { StorageError } from '../errors';

/** What a queued mail is: the loket's notice of a new melding, or the inwoner's confirmation. */
export const MAIL_KINDS = ['loket-nieuwe-melding', 'inwoner-bevestiging'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** What a mail may say, besides its reference: nothing personal. */
export const MailPayloadSchema = z.object({
  /** The kern the melding names ('' when none was chosen). */
  kern: z.string(),
  verstuurdOp: z.iso.datetime({ offset: true }),
  /** The inwoner's interface language, for their confirmation. */
  taal: z.string(),
});
export type MailPayload = z.infer<typeof MailPayloadSchema>;

const RowSchema = z.object({
  id: z.number().int(),
  kind: z.enum(MAIL_KINDS),
  referentie: z.string(),
  recipient: z.string().nullable(),
  payload: z.string(),
  attempts: z.number().int(),
});

/** A mail due for sending, with the inwoner's address decrypted (undefined for the loket). */
export interface QueuedMail {
  id: number;
  kind: MailKind;
  referentie: string;
  recipient: string | undefined;
  payload: MailPayload;
  attempts: number;
}

/** How the outbox stands, for /healthz and the logs: counts and ids, no addresses. */
export interface OutboxSummary {
  wachtend: number;
  mislukt: number;
  /** When the oldest waiting mail was queued. */
  oudsteWachtend: string | null;
  /** The most recent failures: which mail, about which melding, after how many attempts, with which error code. */
  laatsteMislukt: { id: number; kind: MailKind; referentie: string; attempts: number; error: string | null }[];
}

const recipientContext = (referentie: string, kind: MailKind) => `outbox:${referentie}:${kind}`;

/** How long a worker holds the mails it claimed: well past the transport's timeouts for a batch. */
export const CLAIM_MS = 10 * 60 * 1000;

const CountsSchema = z.object({ wachtend: z.number().nullable(), mislukt: z.number().nullable(), oudste: z.string().nullable() });
const FailedSchema = z.object({ id: z.number(), kind: z.enum(MAIL_KINDS), referentie: z.string(), attempts: z.number(), last_error: z.string().nullable() });

/** The persistent mail queue on the storage layer (either engine). */
export function outboxStore(engine: Engine, cipher: Cipher) {
  const { db } = engine;
  const toQueued = (raw: unknown): QueuedMail => {
    const row = RowSchema.parse(raw);
    const payload = MailPayloadSchema.safeParse(JSON.parse(row.payload));
    if (!payload.success) throw new StorageError('A queued mail does not match the mail payload schema');
    return {
      id: row.id, kind: row.kind, referentie: row.referentie, attempts: row.attempts, payload: payload.data,
      recipient: row.recipient === null ? undefined : cipher.decrypt(row.recipient, recipientContext(row.referentie, row.kind)),
    };
  };
  return {
    /**
     * Queues the mails for a melding that is being stored, through `trx`, the transaction that stores it: the
     * loket's notice always, the inwoner's confirmation when they gave an e-mail address and asked for it.
     */
    async enqueueForMelding(trx: Kysely<Tables>, melding: Melding, now: Date): Promise<void> {
      const payload = JSON.stringify(MailPayloadSchema.parse({ kern: melding.contact.kern, verstuurdOp: melding.verstuurdOp, taal: melding.taal }));
      const at = now.toISOString();
      const row = { referentie: melding.referentie, payload, status: 'wachtend' as const, next_attempt_at: at, created_at: at };
      const rows: Insertable<Tables['mail_outbox']>[] = [{ ...row, kind: 'loket-nieuwe-melding', recipient: null }];
      if (melding.contact.bevestigingPerEmail && melding.contact.email !== '') {
        const recipient = cipher.encrypt(melding.contact.email, recipientContext(melding.referentie, 'inwoner-bevestiging'));
        rows.push({ ...row, kind: 'inwoner-bevestiging', recipient });
      }
      await trx.insertInto('mail_outbox').values(rows).execute();
    },
    /**
     * Claims up to `limit` waiting mails whose next attempt is due and that no other worker holds, for `CLAIM_MS`,
     * and returns them oldest first. One statement, so the claim is atomic: SQLite takes the write lock before it
     * reads, and PostgreSQL skips the rows another worker has locked for its own claim. A worker that dies while
     * holding a claim leaves it to run out; the mail is then taken again.
     */
    async claim(now: Date, limit = 20): Promise<QueuedMail[]> {
      const at = now.toISOString();
      const rows = await db.updateTable('mail_outbox').set({ claimed_until: new Date(now.getTime() + CLAIM_MS).toISOString() })
        .where('id', 'in', (eb) => eb.selectFrom('mail_outbox').select('id')
          .where('status', '=', 'wachtend').where('next_attempt_at', '<=', at)
          .where((w) => w.or([w('claimed_until', 'is', null), w('claimed_until', '<=', at)]))
          .orderBy('id').limit(limit)
          .$if(engine.kind === 'postgres', (q) => q.forUpdate().skipLocked()))
        .returning(['id', 'kind', 'referentie', 'recipient', 'payload', 'attempts'])
        .execute();
      return rows.map(toQueued).sort((a, b) => a.id - b.id);
    },
    /** Waiting mails whose next attempt is due, oldest first, without claiming them (for a look, not for sending). */
    async due(now: Date, limit = 20): Promise<QueuedMail[]> {
      const rows = await db.selectFrom('mail_outbox').select(['id', 'kind', 'referentie', 'recipient', 'payload', 'attempts'])
        .where('status', '=', 'wachtend').where('next_attempt_at', '<=', now.toISOString()).orderBy('id').limit(limit).execute();
      return rows.map(toQueued);
    },
    /** Sent: the inwoner's address is removed at once, and the claim released. */
    async markSent(id: number, now: Date): Promise<void> {
      await db.updateTable('mail_outbox')
        .set((eb) => ({ status: 'verstuurd', recipient: null, attempts: eb('attempts', '+', 1), last_error: null, done_at: now.toISOString(), claimed_until: null }))
        .where('id', '=', id).execute();
    },
    /** A failed attempt, to be tried again at `next`. `error` is a code, never a server's text. */
    async markRetry(id: number, error: string, next: Date): Promise<void> {
      await db.updateTable('mail_outbox')
        .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error, next_attempt_at: next.toISOString(), claimed_until: null }))
        .where('id', '=', id).execute();
    },
    /** The last attempt failed: no more tries; the address is removed, the row stays visible to the engineer. */
    async markFailed(id: number, error: string, now: Date): Promise<void> {
      await db.updateTable('mail_outbox')
        .set((eb) => ({ status: 'mislukt', recipient: null, attempts: eb('attempts', '+', 1), last_error: error, done_at: now.toISOString(), claimed_until: null }))
        .where('id', '=', id).execute();
    },
    /** Deletes sent mails done before `before`: they hold no personal data, but there is no reason to keep them. */
    async deleteSentBefore(before: Date): Promise<number> {
      const result = await db.deleteFrom('mail_outbox').where('status', '=', 'verstuurd').where('done_at', '<=', before.toISOString()).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async summary(): Promise<OutboxSummary> {
      const { rows } = await sql`SELECT
          SUM(CASE WHEN status = 'wachtend' THEN 1 ELSE 0 END) AS wachtend, SUM(CASE WHEN status = 'mislukt' THEN 1 ELSE 0 END) AS mislukt,
          MIN(CASE WHEN status = 'wachtend' THEN created_at END) AS oudste FROM mail_outbox`.execute(db);
      const counts = CountsSchema.parse(rows[0]);
      const failed = await db.selectFrom('mail_outbox').select(['id', 'kind', 'referentie', 'attempts', 'last_error'])
        .where('status', '=', 'mislukt').orderBy('id', 'desc').limit(10).execute();
      return {
        wachtend: counts.wachtend ?? 0, mislukt: counts.mislukt ?? 0, oudsteWachtend: counts.oudste,
        laatsteMislukt: failed.map((raw) => FailedSchema.parse(raw)).map((r) => ({ id: r.id, kind: r.kind, referentie: r.referentie, attempts: r.attempts, error: r.last_error })),
      };
    },
  };
}
export type OutboxStore = ReturnType<typeof outboxStore>;
