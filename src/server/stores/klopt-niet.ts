import { z } from 'zod';
import { KLOPT_NIET_PAGE_SIZE, KloptNietSchema, type KloptNiet } from '@/domain/sociale-kaart/klopt-niet';
import type { Cipher } from '../crypto';
import type { Engine } from '../db';

/** One stored report as the beheerder sees it. */
export interface KloptNietMelding {
  id: number;
  serviceId: string;
  report: KloptNiet;
  createdAt: string;
  /** When and by whom (an account's e-mail address) it was marked as handled; null while open. */
  afgehandeldOp: string | null;
  afgehandeldDoor: string | null;
}

const RowSchema = z.object({
  id: z.number().int(), service_id: z.string(), data: z.string(), created_at: z.string(),
  afgehandeld_op: z.string().nullable(), afgehandeld_door: z.string().nullable(),
});
const CountSchema = z.object({ n: z.number().int() });

/** "Klopt dit niet?" reports for the beheerder. What was written (it may hold contact details) is encrypted at rest. */
export interface KloptNietStore {
  /** Stores one report about a service. */
  add(serviceId: string, report: KloptNiet, now: Date): Promise<void>;
  /** The reports about a service, oldest first. */
  list(serviceId: string): Promise<{ report: KloptNiet; createdAt: string }[]>;
  /** All reports, newest first, one page; `open` leaves out the handled ones. */
  page(options: { open: boolean; page: number }): Promise<{ items: KloptNietMelding[]; total: number }>;
  /** Marks a report as handled. False when there is no such open report. */
  markAfgehandeld(id: number, by: string, now: Date): Promise<boolean>;
  /**
   * Deletes the reports past their term: handled ones handled on or before `afgehandeldVoor`, open ones made on or
   * before `openVoor`. Resolves with how many were deleted.
   */
  deleteVerlopen(terms: { afgehandeldVoor: Date; openVoor: Date }): Promise<number>;
}

export function kloptNietStore(engine: Engine, cipher: Cipher): KloptNietStore {
  const { db } = engine;
  const context = (serviceId: string) => `klopt-niet:${serviceId}`;
  const read = (serviceId: string, data: string) => KloptNietSchema.parse(JSON.parse(cipher.decrypt(data, context(serviceId))));
  return {
    async add(serviceId, report, now) {
      await db.insertInto('klopt_niet')
        .values({ service_id: serviceId, data: cipher.encrypt(JSON.stringify(report), context(serviceId)), created_at: now.toISOString() })
        .execute();
    },
    async list(serviceId) {
      const rows = await db.selectFrom('klopt_niet').select(['data', 'created_at']).where('service_id', '=', serviceId).orderBy('id').execute();
      return z.array(RowSchema.pick({ data: true, created_at: true })).parse(rows)
        .map((r) => ({ report: read(serviceId, r.data), createdAt: r.created_at }));
    },
    async page({ open, page }) {
      const base = open ? db.selectFrom('klopt_niet').where('afgehandeld_op', 'is', null) : db.selectFrom('klopt_niet');
      const total = CountSchema.parse(await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n;
      const rows = z.array(RowSchema).parse(await base.selectAll().orderBy('id', 'desc')
        .limit(KLOPT_NIET_PAGE_SIZE).offset((page - 1) * KLOPT_NIET_PAGE_SIZE).execute());
      return {
        total,
        items: rows.map((r) => ({
          id: r.id, serviceId: r.service_id, createdAt: r.created_at, afgehandeldOp: r.afgehandeld_op, afgehandeldDoor: r.afgehandeld_door,
          report: read(r.service_id, r.data),
        })),
      };
    },
    async markAfgehandeld(id, by, now) {
      const result = await db.updateTable('klopt_niet').set({ afgehandeld_op: now.toISOString(), afgehandeld_door: by })
        .where('id', '=', id).where('afgehandeld_op', 'is', null).executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
    async deleteVerlopen({ afgehandeldVoor, openVoor }) {
      const result = await db.deleteFrom('klopt_niet').where((eb) => eb.or([
        eb.and([eb('afgehandeld_op', 'is not', null), eb('afgehandeld_op', '<=', afgehandeldVoor.toISOString())]),
        eb.and([eb('afgehandeld_op', 'is', null), eb('created_at', '<=', openVoor.toISOString())]),
      ])).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
