import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { GesprekPlanSchema, StatusSchema } from '@/domain/loket/behandeling';
import type { HistorieItem } from '@/domain/loket/historie';
import type { Cipher } from '../crypto';

const RowSchema = z.object({
  referentie: z.string(), at: z.string(), account_id: z.string().nullable(),
  soort: z.enum(['status', 'toegewezen', 'gesprek']), waarde: z.string().nullable(), data: z.string().nullable(),
});

/** The handling's history per melding, oldest first. A planned gesprek is encrypted, bound to its melding. */
export function historieStore(db: DatabaseSync, cipher: Cipher) {
  const context = (referentie: string) => `gesprek:${referentie}`;
  return {
    /** Records one step. */
    record(referentie: string, item: HistorieItem): void {
      const waarde = item.soort === 'status' ? item.status : item.soort === 'toegewezen' ? item.aan ?? null : null;
      const data = item.soort === 'gesprek' ? cipher.encrypt(JSON.stringify(item.plan), context(referentie)) : null;
      db.prepare('INSERT INTO loket_historie (referentie, at, account_id, soort, waarde, data) VALUES (?, ?, ?, ?, ?, ?)')
        .run(referentie, item.at, item.door ?? null, item.soort, waarde, data);
    },
    /** Every step of one melding, oldest first. Plans whose content was deleted are left out. */
    list(referentie: string): HistorieItem[] {
      return db.prepare('SELECT referentie, at, account_id, soort, waarde, data FROM loket_historie WHERE referentie = ? ORDER BY id').all(referentie)
        .map((r) => RowSchema.parse(r))
        .flatMap((r): HistorieItem[] => {
          const stap = { at: r.at, ...(r.account_id ? { door: r.account_id } : {}) };
          if (r.soort === 'status') return [{ ...stap, soort: 'status', status: StatusSchema.parse(r.waarde) }];
          if (r.soort === 'toegewezen') return [{ ...stap, soort: 'toegewezen', ...(r.waarde ? { aan: r.waarde } : {}) }];
          if (!r.data) return [];
          return [{ ...stap, soort: 'gesprek', plan: GesprekPlanSchema.parse(JSON.parse(cipher.decrypt(r.data, context(referentie)))) }];
        });
    },
  };
}
export type HistorieStore = ReturnType<typeof historieStore>;
