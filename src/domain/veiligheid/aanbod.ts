import { soortRank } from '../sociale-kaart/taxonomie';
import type { Aanbod } from '../sociale-kaart/schema';

/**
 * Help nearby after an answer that signals acute danger: a light tip ("ga samen wandelen") must not be what
 * the person reads next. Tips for the own network are left out, and the other offers turn round: professional
 * help first, informal help after it. Within one soort the kaart's own order stays.
 */
export function aanbodNaDringend(list: readonly Aanbod[]): Aanbod[] {
  return list.filter((a) => a.service.soort !== 'netwerk-tip')
    .map((a, i) => ({ a, i }))
    .sort((x, y) => soortRank(y.a.service.soort) - soortRank(x.a.service.soort) || x.i - y.i)
    .map(({ a }) => a);
}
