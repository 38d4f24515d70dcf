import { z } from 'zod';
import { stem } from './stem';

/** At most this many words of one search are counted, each at most this long. */
export const LACUNE_MAX_WORDS = 5;
export const LACUNE_MAX_LENGTH = 30;

/**
 * The words of a search that found nothing, as counted for the gemeente ("signaleren van lacunes"):
 * stemmed, lower case, letters and digits only, no stopwords, no numbers (which could be a phone number or
 * house number), deduplicated. The search text itself is never stored.
 */
export function lacuneTerms(q: string): string[] {
  const terms = q.split(/\s+/).map((w) => stem(w)).filter((w): w is string => w !== null && w.length >= 2 && !/\d/.test(w))
    .map((w) => w.slice(0, LACUNE_MAX_LENGTH));
  return [...new Set(terms)].slice(0, LACUNE_MAX_WORDS);
}

/** The periods the beheerder can look back over, in days. */
export const LACUNE_PERIODES = { week: 7, maand: 30, kwartaal: 91, jaar: 365 } as const;
export type LacunePeriode = keyof typeof LACUNE_PERIODES;

/** The period from the query string; anything else is the last 30 days. */
export const LacunePeriodeSchema = z.enum(Object.keys(LACUNE_PERIODES) as [LacunePeriode, ...LacunePeriode[]]).catch('maand');

/** The first day of a period that ends today (UTC days, as the counts are stored). */
export function periodeStart(periode: LacunePeriode, now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - LACUNE_PERIODES[periode] + 1));
}
