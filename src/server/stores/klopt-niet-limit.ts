import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Engine } from '../db';

/** At most 5 reports per address per hour (KRACHTWIJZER_KLOPT_NIET_PER_UUR), and 200 in all per hour. */
export const KLOPT_NIET_LIMITS = { perAddress: 5, overall: 200, windowMs: 60 * 60 * 1000 } as const;

/**
 * The rate limit of "Klopt dit niet?" in the database, so it survives a restart and holds for every server process
 * on the same database. Each stored report leaves one row per key for an hour: the hash of the sender's address
 * (never the address itself) and the key of all reports together.
 */
export interface KloptNietLimit {
  /** Records a report from `address` and says whether it may be stored; a refused one is not recorded. */
  allow(address: string, now: Date): Promise<boolean>;
  /** Deletes the rows past the limit's window (also done on every report); resolves with how many. */
  deleteOld(now: Date): Promise<number>;
}

const CountSchema = z.object({ n: z.number().int() });

export function kloptNietLimit(engine: Engine, limits: { perAddress: number; overall: number; windowMs: number } = KLOPT_NIET_LIMITS): KloptNietLimit {
  return {
    allow(address, now) {
      const key = `adres:${createHash('sha256').update(address).digest('base64url')}`;
      const since = now.getTime() - limits.windowMs;
      // Exclusive: two processes (or instances) cannot both pass the last free place.
      return engine.transaction(async (trx) => {
        await trx.deleteFrom('klopt_niet_limiet').where('at', '<=', since).execute();
        const count = async (sleutel: string) => CountSchema.parse(await trx.selectFrom('klopt_niet_limiet')
          .select((eb) => eb.fn.countAll().as('n')).where('sleutel', '=', sleutel).where('at', '>', since).executeTakeFirstOrThrow()).n;
        const ok = (await count(key)) < limits.perAddress && (await count('alle')) < limits.overall;
        if (ok) await trx.insertInto('klopt_niet_limiet').values([{ sleutel: key, at: now.getTime() }, { sleutel: 'alle', at: now.getTime() }]).execute();
        return ok;
      }, { exclusive: 'klopt-niet-limiet' });
    },
    async deleteOld(now) {
      const result = await engine.db.deleteFrom('klopt_niet_limiet').where('at', '<=', now.getTime() - limits.windowMs).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
