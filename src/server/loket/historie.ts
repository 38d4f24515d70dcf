import { z } from 'zod';
import { GesprekPlanSchema, StatusSchema } from '@/domain/loket/behandeling';
import type { HistorieItem } from '@/domain/loket/historie';
import type { Cipher } from '../crypto';
import type { Engine } from '../db';

const RowSchema = z.object({
  at: z.string(), account_id: z.string().nullable(),
  soort: z.enum(['status', 'toegewezen', 'gesprek']), waarde: z.string().nullable(), data: z.string().nullable(),
});

/** The handling's history per melding, oldest first. A planned gesprek is encrypted, bound to its melding. */
export interface HistorieStore {
  /** Records one step. */
  record(referentie: string, item: HistorieItem): Promise<void>;
  /** Every step of one melding, oldest first. Plans whose content was deleted are left out. */
  list(referentie: string): Promise<HistorieItem[]>;
}

export function historieStore(engine: Engine, cipher: Cipher): HistorieStore {
  const { db } = engine;
  const context = (referentie: string) => `gesprek:${referentie}`;
  return {
    async record(referentie, item) {
      const waarde = item.soort === 'status' ? item.status : item.soort === 'toegewezen' ? item.aan ?? null : null;
      const data = item.soort === 'gesprek' ? cipher.encrypt(JSON.stringify(item.plan), context(referentie)) : null;
      await db.insertInto('loket_historie').values({ referentie, at: item.at, account_id: item.door ?? null, soort: item.soort, waarde, data }).execute();
    },
    async list(referentie) {
      const rows = await db.selectFrom('loket_historie').select(['at', 'account_id', 'soort', 'waarde', 'data'])
        .where('referentie', '=', referentie).orderBy('id').execute();
      return z.array(RowSchema).parse(rows).flatMap((r): HistorieItem[] => {
        const stap = { at: r.at, ...(r.account_id ? { door: r.account_id } : {}) };
        if (r.soort === 'status') return [{ ...stap, soort: 'status', status: StatusSchema.parse(r.waarde) }];
        if (r.soort === 'toegewezen') return [{ ...stap, soort: 'toegewezen', ...(r.waarde ? { aan: r.waarde } : {}) }];
        if (!r.data) return [];
        return [{ ...stap, soort: 'gesprek', plan: GesprekPlanSchema.parse(JSON.parse(cipher.decrypt(r.data, context(referentie)))) }];
      });
    },
  };
}
