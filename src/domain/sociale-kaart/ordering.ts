import type { Aanbod } from './schema';
import { soortRank } from './taxonomie';

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

/**
 * The order of the kaart: checked entries before stale ones; then informal before formal, in the order
 * of solutions (domain brief, section 2); then the person's own kern first; then by name.
 * Trust comes first: an entry nobody checked for a year may well be gone.
 */
export function orderAanbod(list: readonly Aanbod[], { kern, now }: { kern?: string | undefined; now: Date }): Aanbod[] {
  const key = (a: Aanbod) => [isStale(a.service.assured_date, now) ? 1 : 0, soortRank(a.service.soort), kernRank(a.service.kernen, kern)];
  const keys = new Map(list.map((a) => [a, key(a)]));
  return [...list].sort((a, b) => {
    const ka = keys.get(a)!, kb = keys.get(b)!;
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return a.service.name.localeCompare(b.service.name, 'nl');
  });
}
