import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { GesprekPlanSchema, StatusSchema, UitkomstSchema, type GesprekPlan, type Status, type Uitkomst } from '@/domain/loket/behandeling';
import type { Cipher } from '../crypto';

const BehandelingRowSchema = z.object({ referentie: z.string(), status: StatusSchema, toegewezen_aan: z.string().nullable() });
const NotitieRowSchema = z.object({ id: z.number(), account_id: z.string(), at: z.string(), data: z.string() });

/** A melding's handling at the loket: status, who has it, internal notes (encrypted, bound to the melding). */
export function behandelingStore(db: DatabaseSync, cipher: Cipher) {
  const noteContext = (ref: string) => `notitie:${ref}`;
  return {
    /** Status and assignee of every melding that has been touched; the rest is "nieuw". */
    all(): Map<string, { status: Status; toegewezenAan: string | undefined }> {
      const rows = db.prepare('SELECT referentie, status, toegewezen_aan FROM loket_behandeling').all().map((r) => BehandelingRowSchema.parse(r));
      return new Map(rows.map((r) => [r.referentie, { status: r.status, toegewezenAan: r.toegewezen_aan ?? undefined }]));
    },
    get(referentie: string): { status: Status; toegewezenAan: string | undefined } {
      const raw = db.prepare('SELECT referentie, status, toegewezen_aan FROM loket_behandeling WHERE referentie = ?').get(referentie);
      if (!raw) return { status: 'nieuw', toegewezenAan: undefined };
      const row = BehandelingRowSchema.parse(raw);
      return { status: row.status, toegewezenAan: row.toegewezen_aan ?? undefined };
    },
    setStatus(referentie: string, status: Status, now: Date): void {
      const afgerond = status === 'afgerond' ? now.toISOString() : null;
      db.prepare(`INSERT INTO loket_behandeling (referentie, status, updated_at, afgerond_op) VALUES (?, ?, ?, ?)
        ON CONFLICT (referentie) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at, afgerond_op = excluded.afgerond_op`)
        .run(referentie, status, now.toISOString(), afgerond);
    },
    assign(referentie: string, accountId: string | null, now: Date): void {
      db.prepare(`INSERT INTO loket_behandeling (referentie, status, toegewezen_aan, updated_at) VALUES (?, 'nieuw', ?, ?)
        ON CONFLICT (referentie) DO UPDATE SET toegewezen_aan = excluded.toegewezen_aan, updated_at = excluded.updated_at`).run(referentie, accountId, now.toISOString());
    },
    /** Stores the planned gesprek (encrypted: it may name a home address). */
    planGesprek(referentie: string, plan: GesprekPlan, now: Date): void {
      db.prepare(`INSERT INTO loket_behandeling (referentie, status, gesprek, updated_at) VALUES (?, 'nieuw', ?, ?)
        ON CONFLICT (referentie) DO UPDATE SET gesprek = excluded.gesprek, updated_at = excluded.updated_at`)
        .run(referentie, cipher.encrypt(JSON.stringify(plan), `gesprek:${referentie}`), now.toISOString());
    },
    /** Stores the outcome (encrypted). */
    setUitkomst(referentie: string, uitkomst: Uitkomst, now: Date): void {
      db.prepare(`INSERT INTO loket_behandeling (referentie, status, uitkomst, updated_at) VALUES (?, 'nieuw', ?, ?)
        ON CONFLICT (referentie) DO UPDATE SET uitkomst = excluded.uitkomst, updated_at = excluded.updated_at`)
        .run(referentie, cipher.encrypt(JSON.stringify(uitkomst), `uitkomst:${referentie}`), now.toISOString());
    },
    /** The planned gesprek and the outcome, if any. */
    details(referentie: string): { gesprek?: GesprekPlan | undefined; uitkomst?: Uitkomst | undefined } {
      const raw = db.prepare('SELECT gesprek, uitkomst FROM loket_behandeling WHERE referentie = ?').get(referentie);
      if (!raw) return {};
      const row = z.object({ gesprek: z.string().nullable(), uitkomst: z.string().nullable() }).parse(raw);
      return {
        gesprek: row.gesprek ? GesprekPlanSchema.parse(JSON.parse(cipher.decrypt(row.gesprek, `gesprek:${referentie}`))) : undefined,
        uitkomst: row.uitkomst ? UitkomstSchema.parse(JSON.parse(cipher.decrypt(row.uitkomst, `uitkomst:${referentie}`))) : undefined,
      };
    },
    addNote(referentie: string, accountId: string, tekst: string, now: Date): void {
      db.prepare('INSERT INTO loket_notities (referentie, account_id, at, data) VALUES (?, ?, ?, ?)')
        .run(referentie, accountId, now.toISOString(), cipher.encrypt(tekst, noteContext(referentie)));
    },
    notes(referentie: string): { accountId: string; at: string; tekst: string }[] {
      return db.prepare('SELECT id, account_id, at, data FROM loket_notities WHERE referentie = ? ORDER BY id').all(referentie)
        .map((r) => NotitieRowSchema.parse(r))
        .map((r) => ({ accountId: r.account_id, at: r.at, tekst: cipher.decrypt(r.data, noteContext(referentie)) }));
    },
    /** Meldingen afgerond before `before`: their retention has passed. */
    afgerondVoor(before: Date): string[] {
      return db.prepare("SELECT referentie FROM loket_behandeling WHERE status = 'afgerond' AND afgerond_op <= ?").all(before.toISOString())
        .map((r) => z.object({ referentie: z.string() }).parse(r).referentie);
    },
    /**
     * Deletes a melding's content: the melding itself, its notes, the planned gesprek and the outcome. The status row
     * stays (no content) and so does the audit trail.
     */
    deleteContent(referentie: string, now: Date): void {
      db.exec('BEGIN IMMEDIATE');
      try {
        db.prepare('DELETE FROM meldingen WHERE referentie = ?').run(referentie);
        db.prepare('DELETE FROM loket_notities WHERE referentie = ?').run(referentie);
        db.prepare('UPDATE loket_behandeling SET gesprek = NULL, uitkomst = NULL, updated_at = ? WHERE referentie = ?').run(now.toISOString(), referentie);
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    /** Every sent melding's reference, oldest first. */
    referenties(): string[] {
      return db.prepare('SELECT referentie FROM meldingen ORDER BY verstuurd_op').all().map((r) => z.object({ referentie: z.string() }).parse(r).referentie);
    },
  };
}
export type BehandelingStore = ReturnType<typeof behandelingStore>;
