import type { Aanbod } from './schema';
import { soortRank } from './taxonomie';

const collator = new Intl.Collator('nl');

/** An entry not checked for longer than this is marked "lang niet gecontroleerd" and sorted lower. */
export const STALE_AFTER_MONTHS = 12;

/** The moment (ms) before which a check counts as stale at `now`: computed once per search, not once per entry. */
export function staleBefore(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - STALE_AFTER_MONTHS, now.getUTCDate());
}

/** `assuredDate` (YYYY-MM-DD) as a moment in ms, to compare with staleBefore. */
export const assuredAt = (assuredDate: string) => Date.parse(`${assuredDate}T00:00:00Z`);

/** True when `assuredDate` (YYYY-MM-DD) lies more than 12 months before `now`. */
export function isStale(assuredDate: string, now: Date): boolean {
  return assuredAt(assuredDate) < staleBefore(now);
}

/** The highest rankKey there is, so a search can count per key in a small array. */
export const MAX_RANK_KEY = 199;

/**
 * One number for an entry's place in the kaart's order before its name: stale (100), soort (10 per step), kern (0-2).
 * Smaller comes first; entries with the same key keep name order.
 */
export const rankKey = (stale: boolean, soort: number, kern: number) => (stale ? 100 : 0) + soort * 10 + kern;

/** 0: in the person's kern; 1: for the whole gemeente; 2: elsewhere. Without a kern everything ranks the same. */
export function kernRank(kernen: readonly string[], kern: string | undefined): number {
  if (!kern) return 0;
  if (kernen.includes(kern)) return 0;
  return kernen.length === 0 ? 1 : 2;
}

/** Compares entries by name, the Dutch way. */
export const byName = (a: Aanbod, b: Aanbod) => collator.compare(a.service.name, b.service.name);

/**
 * The order of the kaart: checked entries before stale ones; then informal before formal, in the order
 * of solutions (domain brief, section 2); then the person's own kern first; then by name.
 * Trust comes first: an entry nobody checked for a year may well be gone.
 */
export function orderAanbod(list: readonly Aanbod[], options: { kern?: string | undefined; now: Date }): Aanbod[] {
  return orderByRank([...list].sort(byName), options);
}

/**
 * orderAanbod for a list that is already in name order: one numeric key per entry and a stable sort,
 * so names are not compared again (fast enough for thousands of entries on every search).
 */
export function orderByRank(byNameList: readonly Aanbod[], { kern, now }: { kern?: string | undefined; now: Date }): Aanbod[] {
  const rank = new Map(byNameList.map((a) => [a,
    rankKey(isStale(a.service.assured_date, now), soortRank(a.service.soort), kernRank(a.service.kernen, kern))]));
  return [...byNameList].sort((a, b) => rank.get(a)! - rank.get(b)!);
}
