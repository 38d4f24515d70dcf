import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { INVULLER_KEUZES, type Melding } from '@/domain/melding/schema';
import { dorpssteunpuntVan } from '@/domain/samen/invuller';
import type { Migration } from './migrations';

/**
 * Sent meldingen counted per month, per way of filling in (zelf, samen, namens) and per dorpssteunpunt, for the
 * gemeente's policy (domain brief, section 3). Only counts: no reference, no person, no day or time.
 */
export const SAMEN_MIGRATIONS: readonly Migration[] = [
  {
    name: 'samen-001-tellingen',
    sql: `CREATE TABLE samen_tellingen (
       maand TEXT NOT NULL,
       invuller TEXT NOT NULL,
       dorpssteunpunt TEXT NOT NULL,
       aantal INTEGER NOT NULL,
       PRIMARY KEY (maand, invuller, dorpssteunpunt)
     );`,
  },
];

/** One count: meldingen sent in a month (YYYY-MM), filled in this way, at this dorpssteunpunt ('' for none). */
export const TellingSchema = z.object({
  maand: z.string().regex(/^\d{4}-\d{2}$/),
  invuller: z.enum(INVULLER_KEUZES),
  dorpssteunpunt: z.string(),
  aantal: z.number().int().positive(),
});
export type Telling = z.infer<typeof TellingSchema>;

export interface SamenTellingen {
  /** Counts one sent melding in the month of `now`. */
  count(melding: Pick<Melding, 'invuller'>, now: Date): void;
  /** All counts from the month of `since` on: newest month first, then by dorpssteunpunt and way of filling in. */
  list(since: Date): Telling[];
}

const month = (d: Date) => d.toISOString().slice(0, 7);

export function samenTellingen(db: DatabaseSync): SamenTellingen {
  const add = db.prepare(`INSERT INTO samen_tellingen (maand, invuller, dorpssteunpunt, aantal) VALUES (?, ?, ?, 1)
    ON CONFLICT (maand, invuller, dorpssteunpunt) DO UPDATE SET aantal = aantal + 1`);
  const select = db.prepare(`SELECT maand, invuller, dorpssteunpunt, aantal FROM samen_tellingen WHERE maand >= ?
    ORDER BY maand DESC, dorpssteunpunt, invuller`);
  return {
    count(melding, now) {
      add.run(month(now), melding.invuller?.wie ?? 'zelf', dorpssteunpuntVan(melding.invuller) ?? '');
    },
    list(since) {
      return z.array(TellingSchema).parse(select.all(month(since)));
    },
  };
}
