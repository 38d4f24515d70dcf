import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { Migration } from './migrations';

/** Searches on hulp in de buurt that found nothing, counted per word per day. No search text, no person, no time of day. */
export const LACUNE_MIGRATIONS: readonly Migration[] = [
  {
    name: 'sociale-kaart-001-lacunes',
    sql: `CREATE TABLE zoek_lacunes (
       term TEXT NOT NULL,
       dag TEXT NOT NULL,
       aantal INTEGER NOT NULL,
       PRIMARY KEY (term, dag)
     );`,
  },
];

/** New words per day are capped, so nobody can fill the database by searching nonsense. */
export const MAX_TERMS_PER_DAY = 2000;

export interface LacuneRepository {
  /** Counts the words of one search without results, on the day of `now`. */
  count(terms: readonly string[], now: Date): void;
  /** Words and how often they were searched in vain since `since`, most frequent first (at most `limit`). */
  list(since: Date, limit?: number): { term: string; aantal: number }[];
}

export function lacuneRepository(db: DatabaseSync, maxTermsPerDay = MAX_TERMS_PER_DAY): LacuneRepository {
  const known = db.prepare('SELECT 1 FROM zoek_lacunes WHERE term = ? AND dag = ?');
  const perDay = db.prepare('SELECT COUNT(*) AS n FROM zoek_lacunes WHERE dag = ?');
  const add = db.prepare(`INSERT INTO zoek_lacunes (term, dag, aantal) VALUES (?, ?, 1)
    ON CONFLICT (term, dag) DO UPDATE SET aantal = aantal + 1`);
  const day = (now: Date) => now.toISOString().slice(0, 10);
  return {
    count(terms, now) {
      const dag = day(now);
      for (const term of terms) {
        const full = z.object({ n: z.number() }).parse(perDay.get(dag)).n >= maxTermsPerDay;
        if (full && !known.get(term, dag)) continue;
        add.run(term, dag);
      }
    },
    list(since, limit = -1) {
      return z.array(z.object({ term: z.string(), aantal: z.number() })).parse(db.prepare(
        'SELECT term, SUM(aantal) AS aantal FROM zoek_lacunes WHERE dag >= ? GROUP BY term ORDER BY aantal DESC, term LIMIT ?').all(day(since), limit));
    },
  };
}
