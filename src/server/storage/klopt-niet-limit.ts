import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { Migration } from './migrations';

/**
 * The rate limit of "Klopt dit niet?" in the database, so it survives a restart and holds for every server process
 * on the same database. Each stored report leaves one row per key for an hour: the hash of the sender's address
 * (never the address itself) and the key of all reports together.
 */
export const KLOPT_NIET_LIMIT_MIGRATIONS: readonly Migration[] = [
  {
    name: 'sociale-kaart-004-klopt-niet-limiet',
    sql: `CREATE TABLE klopt_niet_limiet (
       sleutel TEXT NOT NULL,
       at INTEGER NOT NULL
     );
     CREATE INDEX klopt_niet_limiet_sleutel ON klopt_niet_limiet (sleutel, at);`,
  },
];

/** At most 5 reports per address per hour (KRACHTWIJZER_KLOPT_NIET_PER_UUR), and 200 in all per hour. */
export const KLOPT_NIET_LIMITS = { perAddress: 5, overall: 200, windowMs: 60 * 60 * 1000 } as const;

export interface KloptNietLimit {
  /** Records a report from `address` and says whether it may be stored; a refused one is not recorded. */
  allow(address: string, now: Date): boolean;
}

export function kloptNietLimit(db: DatabaseSync, limits: { perAddress: number; overall: number; windowMs: number } = KLOPT_NIET_LIMITS): KloptNietLimit {
  const prune = db.prepare('DELETE FROM klopt_niet_limiet WHERE at <= ?');
  const count = db.prepare('SELECT COUNT(*) AS n FROM klopt_niet_limiet WHERE sleutel = ? AND at > ?');
  const add = db.prepare('INSERT INTO klopt_niet_limiet (sleutel, at) VALUES (?, ?)');
  const n = (key: string, since: number) => z.object({ n: z.number() }).parse(count.get(key, since)).n;
  return {
    allow(address, now) {
      const key = `adres:${createHash('sha256').update(address).digest('base64url')}`;
      const since = now.getTime() - limits.windowMs;
      // IMMEDIATE takes the write lock first, so two processes cannot both pass the last free place.
      db.exec('BEGIN IMMEDIATE');
      try {
        prune.run(since);
        const ok = n(key, since) < limits.perAddress && n('alle', since) < limits.overall;
        if (ok) {
          add.run(key, now.getTime());
          add.run('alle', now.getTime());
        }
        db.exec('COMMIT');
        return ok;
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
  };
}
