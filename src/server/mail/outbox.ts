import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { Melding } from '@/domain/melding/schema';
import type { Cipher } from '../crypto';
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

/** The persistent mail queue on the shared database. */
export function outboxStore(db: DatabaseSync, cipher: Cipher) {
  const insert = db.prepare(`INSERT INTO mail_outbox (kind, referentie, recipient, payload, status, next_attempt_at, created_at)
    VALUES (?, ?, ?, ?, 'wachtend', ?, ?)`);
  return {
    /**
     * Queues the mails for a melding that is being stored: the loket's notice always, the inwoner's confirmation when
     * they gave an e-mail address and asked for it. Synchronous, so it runs inside the caller's transaction.
     */
    enqueueForMelding(melding: Melding, now: Date): void {
      const payload = JSON.stringify(MailPayloadSchema.parse({ kern: melding.contact.kern, verstuurdOp: melding.verstuurdOp, taal: melding.taal }));
      const at = now.toISOString();
      insert.run('loket-nieuwe-melding', melding.referentie, null, payload, at, at);
      if (melding.contact.bevestigingPerEmail && melding.contact.email !== '') {
        const recipient = cipher.encrypt(melding.contact.email, recipientContext(melding.referentie, 'inwoner-bevestiging'));
        insert.run('inwoner-bevestiging', melding.referentie, recipient, payload, at, at);
      }
    },
    /** Waiting mails whose next attempt is due, oldest first. */
    due(now: Date, limit = 20): QueuedMail[] {
      return db.prepare(`SELECT id, kind, referentie, recipient, payload, attempts FROM mail_outbox
        WHERE status = 'wachtend' AND next_attempt_at <= ? ORDER BY id LIMIT ?`).all(now.toISOString(), limit).map((raw) => {
        const row = RowSchema.parse(raw);
        const payload = MailPayloadSchema.safeParse(JSON.parse(row.payload));
        if (!payload.success) throw new StorageError('A queued mail does not match the mail payload schema');
        return {
          id: row.id, kind: row.kind, referentie: row.referentie, attempts: row.attempts, payload: payload.data,
          recipient: row.recipient === null ? undefined : cipher.decrypt(row.recipient, recipientContext(row.referentie, row.kind)),
        };
      });
    },
    /** Sent: the inwoner's address is removed at once. */
    markSent(id: number, now: Date): void {
      db.prepare(`UPDATE mail_outbox SET status = 'verstuurd', recipient = NULL, attempts = attempts + 1, last_error = NULL, done_at = ?
        WHERE id = ?`).run(now.toISOString(), id);
    },
    /** A failed attempt, to be tried again at `next`. `error` is a code, never a server's text. */
    markRetry(id: number, error: string, next: Date): void {
      db.prepare('UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?').run(error, next.toISOString(), id);
    },
    /** The last attempt failed: no more tries; the address is removed, the row stays visible to the engineer. */
    markFailed(id: number, error: string, now: Date): void {
      db.prepare(`UPDATE mail_outbox SET status = 'mislukt', recipient = NULL, attempts = attempts + 1, last_error = ?, done_at = ?
        WHERE id = ?`).run(error, now.toISOString(), id);
    },
    /** Deletes sent mails done before `before`: they hold no personal data, but there is no reason to keep them. */
    deleteSentBefore(before: Date): number {
      return Number(db.prepare("DELETE FROM mail_outbox WHERE status = 'verstuurd' AND done_at <= ?").run(before.toISOString()).changes);
    },
    summary(): OutboxSummary {
      const counts = z.object({ wachtend: z.number().nullable(), mislukt: z.number().nullable(), oudste: z.string().nullable() }).parse(db.prepare(`SELECT
          SUM(status = 'wachtend') AS wachtend, SUM(status = 'mislukt') AS mislukt,
          MIN(CASE WHEN status = 'wachtend' THEN created_at END) AS oudste FROM mail_outbox`).get());
      const failed = db.prepare(`SELECT id, kind, referentie, attempts, last_error FROM mail_outbox WHERE status = 'mislukt' ORDER BY id DESC LIMIT 10`).all()
        .map((raw) => z.object({ id: z.number(), kind: z.enum(MAIL_KINDS), referentie: z.string(), attempts: z.number(), last_error: z.string().nullable() }).parse(raw))
        .map((r) => ({ id: r.id, kind: r.kind, referentie: r.referentie, attempts: r.attempts, error: r.last_error }));
      return { wachtend: counts.wachtend ?? 0, mislukt: counts.mislukt ?? 0, oudsteWachtend: counts.oudste, laatsteMislukt: failed };
    },
  };
}
export type OutboxStore = ReturnType<typeof outboxStore>;
