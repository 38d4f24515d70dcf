import type { Aanbod } from './schema';
import { soortRank } from './taxonomie';

const collator = new Intl.Collator('nl');

/** An entry not checked for longer than this is marked "lang niet gecontroleerd" and sorted lower. */
export const STALE_AFTER_MONTHS = 12;

/** True when `assuredDate` (YYYY-MM-DD) lies more than 12 months before `now`. */
export function isStale(assuredDate: string, now: Date): boolean {
  const limit = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - STALE_AFTER_MONTHS, now.getUTCDate()));
  return new Date(`${assuredDate}T00:00:00Z`) < limit;
}

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
    (isStale(a.service.assured_date, now) ? 100 : 0) + soortRank(a.service.soort) * 10 + kernRank(a.service.kernen, kern)]));
  return [...byNameList].sort((a, b) => rank.get(a)! - rank.get(b)!);
}
