import { z } from 'zod';
import { INVULLER_KEUZES, type Melding } from '@/domain/melding/schema';
import { dorpssteunpuntVan } from '@/domain/samen/invuller';
import type { Engine } from '../db';

/** One count: meldingen sent in a month (YYYY-MM), filled in this way, at this dorpssteunpunt ('' for none). */
export const TellingSchema = z.object({
  maand: z.string().regex(/^\d{4}-\d{2}$/),
  invuller: z.enum(INVULLER_KEUZES),
  dorpssteunpunt: z.string(),
  aantal: z.number().int().positive(),
});
export type Telling = z.infer<typeof TellingSchema>;

/**
 * Sent meldingen counted per month, per way of filling in (zelf, samen, namens) and per dorpssteunpunt, for the
 * gemeente's policy (domain brief, section 3). Only counts: no reference, no person, no day or time.
 */
export interface SamenTellingen {
  /** Counts one sent melding in the month of `now`. */
  count(melding: Pick<Melding, 'invuller'>, now: Date): Promise<void>;
  /** All counts from the month of `since` on: newest month first, then by dorpssteunpunt and way of filling in. */
  list(since: Date): Promise<Telling[]>;
}

const month = (d: Date) => d.toISOString().slice(0, 7);

export function samenTellingen(engine: Engine): SamenTellingen {
  const { db } = engine;
  return {
    async count(melding, now) {
      await db.insertInto('samen_tellingen')
        .values({ maand: month(now), invuller: melding.invuller?.wie ?? 'zelf', dorpssteunpunt: dorpssteunpuntVan(melding.invuller) ?? '', aantal: 1 })
        .onConflict((oc) => oc.columns(['maand', 'invuller', 'dorpssteunpunt']).doUpdateSet((eb) => ({ aantal: eb('samen_tellingen.aantal', '+', 1) })))
        .execute();
    },
    async list(since) {
      return z.array(TellingSchema).parse(await db.selectFrom('samen_tellingen').select(['maand', 'invuller', 'dorpssteunpunt', 'aantal'])
        .where('maand', '>=', month(since)).orderBy('maand', 'desc').orderBy('dorpssteunpunt').orderBy('invuller').execute());
    },
  };
}
