import { z } from 'zod';
import { GesprekPlanSchema, StatusSchema, UitkomstSchema, type GesprekPlan, type Status, type Uitkomst } from '@/domain/loket/behandeling';
import type { Cipher } from '../crypto';
import type { Engine } from '../db';

const BehandelingRowSchema = z.object({ referentie: z.string(), status: StatusSchema, toegewezen_aan: z.string().nullable() });
const NotitieRowSchema = z.object({ account_id: z.string(), at: z.string(), data: z.string() });
const ReferentieSchema = z.object({ referentie: z.string() });

/** Where a melding stands at the loket, and who has it. */
export interface BehandelingStand { status: Status; toegewezenAan: string | undefined }

/** A melding's handling at the loket: status, who has it, internal notes (encrypted, bound to the melding). */
export interface BehandelingStore {
  /** Status and assignee of every melding that has been touched; the rest is "nieuw". */
  all(): Promise<Map<string, BehandelingStand>>;
  get(referentie: string): Promise<BehandelingStand>;
  setStatus(referentie: string, status: Status, now: Date): Promise<void>;
  assign(referentie: string, accountId: string | null, now: Date): Promise<void>;
  /** Stores the planned gesprek (encrypted: it may name a home address). */
  planGesprek(referentie: string, plan: GesprekPlan, now: Date): Promise<void>;
  /** Stores the outcome (encrypted). */
  setUitkomst(referentie: string, uitkomst: Uitkomst, now: Date): Promise<void>;
  /** The planned gesprek and the outcome, if any. */
  details(referentie: string): Promise<{ gesprek?: GesprekPlan | undefined; uitkomst?: Uitkomst | undefined }>;
  addNote(referentie: string, accountId: string, tekst: string, now: Date): Promise<void>;
  /** A melding's notes, oldest first. */
  notes(referentie: string): Promise<{ accountId: string; at: string; tekst: string }[]>;
  /** Meldingen afgerond at or before `before` that still have content: their retention has passed. */
  afgerondVoor(before: Date): Promise<string[]>;
  /**
   * Deletes a melding's content: the melding itself, its notes, the planned gesprek and the outcome (and, through
   * the database's triggers, the planned gesprekken in its history and its "Later verder" plan and codes). The status row stays (no content) and so does
   * the audit trail.
   */
  deleteContent(referentie: string, now: Date): Promise<void>;
  /** Every sent melding's reference, oldest first. */
  referenties(): Promise<string[]>;
}

export function behandelingStore(engine: Engine, cipher: Cipher): BehandelingStore {
  const { db } = engine;
  const noteContext = (ref: string) => `notitie:${ref}`;
  return {
    async all() {
      const rows = z.array(BehandelingRowSchema).parse(await db.selectFrom('loket_behandeling').select(['referentie', 'status', 'toegewezen_aan']).execute());
      return new Map(rows.map((r) => [r.referentie, { status: r.status, toegewezenAan: r.toegewezen_aan ?? undefined }]));
    },
    async get(referentie) {
      const raw = await db.selectFrom('loket_behandeling').select(['referentie', 'status', 'toegewezen_aan']).where('referentie', '=', referentie).executeTakeFirst();
      if (!raw) return { status: 'nieuw', toegewezenAan: undefined };
      const row = BehandelingRowSchema.parse(raw);
      return { status: row.status, toegewezenAan: row.toegewezen_aan ?? undefined };
    },
    async setStatus(referentie, status, now) {
      const afgerond = status === 'afgerond' ? now.toISOString() : null;
      await db.insertInto('loket_behandeling').values({ referentie, status, updated_at: now.toISOString(), afgerond_op: afgerond })
        .onConflict((oc) => oc.column('referentie').doUpdateSet((eb) => ({
          status: eb.ref('excluded.status'), updated_at: eb.ref('excluded.updated_at'), afgerond_op: eb.ref('excluded.afgerond_op'),
        })))
        .execute();
    },
    async assign(referentie, accountId, now) {
      await db.insertInto('loket_behandeling').values({ referentie, status: 'nieuw', toegewezen_aan: accountId, updated_at: now.toISOString() })
        .onConflict((oc) => oc.column('referentie').doUpdateSet((eb) => ({
          toegewezen_aan: eb.ref('excluded.toegewezen_aan'), updated_at: eb.ref('excluded.updated_at'),
        })))
        .execute();
    },
    async planGesprek(referentie, plan, now) {
      await db.insertInto('loket_behandeling')
        .values({ referentie, status: 'nieuw', gesprek: cipher.encrypt(JSON.stringify(plan), `gesprek:${referentie}`), updated_at: now.toISOString() })
        .onConflict((oc) => oc.column('referentie').doUpdateSet((eb) => ({ gesprek: eb.ref('excluded.gesprek'), updated_at: eb.ref('excluded.updated_at') })))
        .execute();
    },
    async setUitkomst(referentie, uitkomst, now) {
      await db.insertInto('loket_behandeling')
        .values({ referentie, status: 'nieuw', uitkomst: cipher.encrypt(JSON.stringify(uitkomst), `uitkomst:${referentie}`), updated_at: now.toISOString() })
        .onConflict((oc) => oc.column('referentie').doUpdateSet((eb) => ({ uitkomst: eb.ref('excluded.uitkomst'), updated_at: eb.ref('excluded.updated_at') })))
        .execute();
    },
    async details(referentie) {
      const raw = await db.selectFrom('loket_behandeling').select(['gesprek', 'uitkomst']).where('referentie', '=', referentie).executeTakeFirst();
      if (!raw) return {};
      const row = z.object({ gesprek: z.string().nullable(), uitkomst: z.string().nullable() }).parse(raw);
      return {
        gesprek: row.gesprek ? GesprekPlanSchema.parse(JSON.parse(cipher.decrypt(row.gesprek, `gesprek:${referentie}`))) : undefined,
        uitkomst: row.uitkomst ? UitkomstSchema.parse(JSON.parse(cipher.decrypt(row.uitkomst, `uitkomst:${referentie}`))) : undefined,
      };
    },
    async addNote(referentie, accountId, tekst, now) {
      await db.insertInto('loket_notities')
        .values({ referentie, account_id: accountId, at: now.toISOString(), data: cipher.encrypt(tekst, noteContext(referentie)) })
        .execute();
    },
    async notes(referentie) {
      const rows = await db.selectFrom('loket_notities').select(['account_id', 'at', 'data']).where('referentie', '=', referentie).orderBy('id').execute();
      return z.array(NotitieRowSchema).parse(rows)
        .map((r) => ({ accountId: r.account_id, at: r.at, tekst: cipher.decrypt(r.data, noteContext(referentie)) }));
    },
    async afgerondVoor(before) {
      const rows = await db.selectFrom('loket_behandeling as b').select('b.referentie')
        .where('b.status', '=', 'afgerond').where('b.afgerond_op', '<=', before.toISOString())
        .where((eb) => eb.or([
          eb('b.gesprek', 'is not', null),
          eb('b.uitkomst', 'is not', null),
          eb.exists(eb.selectFrom('meldingen as m').select('m.referentie').whereRef('m.referentie', '=', 'b.referentie')),
          eb.exists(eb.selectFrom('loket_notities as n').select('n.id').whereRef('n.referentie', '=', 'b.referentie')),
        ]))
        .orderBy('b.referentie').execute();
      return z.array(ReferentieSchema).parse(rows).map((r) => r.referentie);
    },
    async deleteContent(referentie, now) {
      await engine.transaction(async (trx) => {
        await trx.deleteFrom('meldingen').where('referentie', '=', referentie).execute();
        await trx.deleteFrom('loket_notities').where('referentie', '=', referentie).execute();
        await trx.updateTable('loket_behandeling').set({ gesprek: null, uitkomst: null, updated_at: now.toISOString() }).where('referentie', '=', referentie).execute();
      });
    },
    async referenties() {
      const rows = await db.selectFrom('meldingen').select('referentie').orderBy('verstuurd_op').execute();
      return z.array(ReferentieSchema).parse(rows).map((r) => r.referentie);
    },
  };
}
