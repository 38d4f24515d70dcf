import { z } from 'zod';
import type { Engine } from '../db';

/** New words per day are capped, so nobody can fill the database by searching nonsense. */
export const MAX_TERMS_PER_DAY = 2000;

const LacuneSchema = z.object({ term: z.string(), aantal: z.number().int() });
export type Lacune = z.infer<typeof LacuneSchema>;

/** Searches on hulp in de buurt that found nothing, counted per word per day. No search text, no person, no time of day. */
export interface LacuneStore {
  /** Counts the words of one search without results, on the day of `now`. */
  count(terms: readonly string[], now: Date): Promise<void>;
  /** Words and how often they were searched in vain since `since`, most frequent first (all, or at most `limit`). */
  list(since: Date, limit?: number): Promise<Lacune[]>;
}

const day = (now: Date) => now.toISOString().slice(0, 10);

export function lacuneStore(engine: Engine, maxTermsPerDay = MAX_TERMS_PER_DAY): LacuneStore {
  const { db } = engine;
  return {
    async count(terms, now) {
      const dag = day(now);
      for (const term of terms) {
        const { n } = z.object({ n: z.number().int() }).parse(await db.selectFrom('zoek_lacunes')
          .select((eb) => eb.fn.countAll().as('n')).where('dag', '=', dag).executeTakeFirstOrThrow());
        const known = async () => (await db.selectFrom('zoek_lacunes').select('aantal').where('term', '=', term).where('dag', '=', dag).executeTakeFirst()) !== undefined;
        if (n >= maxTermsPerDay && !(await known())) continue;
        await db.insertInto('zoek_lacunes').values({ term, dag, aantal: 1 })
          .onConflict((oc) => oc.columns(['term', 'dag']).doUpdateSet((eb) => ({ aantal: eb('zoek_lacunes.aantal', '+', 1) })))
          .execute();
      }
    },
    async list(since, limit) {
      let query = db.selectFrom('zoek_lacunes').select((eb) => ['term', eb.fn.sum<number>('aantal').as('aantal')])
        .where('dag', '>=', day(since)).groupBy('term').orderBy('aantal', 'desc').orderBy('term');
      if (limit !== undefined) query = query.limit(limit);
      return z.array(LacuneSchema).parse(await query.execute());
    },
  };
}
