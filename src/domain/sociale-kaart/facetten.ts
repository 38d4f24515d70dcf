import { LEVENSGEBIEDEN } from '../levensgebied/levensgebieden';
import type { Aanbod } from './schema';
import { DOELGROEPEN, KENMERKEN, KOSTEN, SOORTEN, TOEGANG, VORMEN } from './taxonomie';
import type { Zoekvraag } from './zoeken';

type Service = Aanbod['service'];
type Facet = 'levensgebied' | 'soort' | 'vorm' | 'toegang' | 'kosten' | 'doelgroep' | 'kenmerk';

/** Each filter of the search form: its values, and the values an entry has. */
const FACETTEN: Record<Facet, { values: readonly string[]; of: (s: Service) => readonly string[] }> = {
  levensgebied: { values: LEVENSGEBIEDEN, of: (s) => s.levensgebieden },
  soort: { values: SOORTEN, of: (s) => [s.soort] },
  vorm: { values: VORMEN, of: (s) => s.vorm },
  toegang: { values: TOEGANG, of: (s) => [s.toegang] },
  kosten: { values: KOSTEN, of: (s) => [s.kosten] },
  doelgroep: { values: DOELGROEPEN, of: (s) => s.doelgroepen },
  kenmerk: { values: KENMERKEN, of: (s) => s.kenmerken },
};

/** A set of values as bits: a filter and an entry overlap when their bits do. */
const bits = (values: readonly string[], chosen: readonly string[]) => chosen.reduce((m, c) => m | (1 << values.indexOf(c)), 0);

/**
 * The filters of every entry as bit sets, so a search checks a filter with one AND per entry instead of comparing
 * lists of strings (the same answer as matchesFilters, which a test holds it to).
 */
export class Facetten {
  readonly #masks: Record<Facet, Uint32Array>;

  constructor(aanbod: readonly Aanbod[]) {
    this.#masks = Object.fromEntries(Object.entries(FACETTEN).map(([facet, { values, of }]) =>
      [facet, Uint32Array.from(aanbod, (a) => bits(values, of(a.service)))])) as Record<Facet, Uint32Array>;
  }

  /** The filters of `v` that are set (not its kern or text), each as the entries' bits and the chosen bits. */
  active(v: Zoekvraag): { masks: Uint32Array; chosen: number }[] {
    return (Object.keys(FACETTEN) as Facet[]).filter((f) => v[f].length > 0)
      .map((f) => ({ masks: this.#masks[f], chosen: bits(FACETTEN[f].values, v[f]) }));
  }
}

/** True when entry `position` has one of the chosen values of every active filter. */
export function passes(active: readonly { masks: Uint32Array; chosen: number }[], position: number): boolean {
  for (const { masks, chosen } of active) if ((masks[position]! & chosen) === 0) return false;
  return true;
}

/** The kernen of every entry as bit sets (up to 31 kernen; a kaart with more falls back to comparing names). */
export class Kernen {
  readonly #bit = new Map<string, number>();
  readonly #masks: Uint32Array;
  readonly #lists: readonly (readonly string[])[];
  readonly #everywhere: Uint8Array;

  constructor(aanbod: readonly Aanbod[]) {
    this.#lists = aanbod.map((a) => a.service.kernen);
    for (const kern of new Set(this.#lists.flat())) if (this.#bit.size < 31) this.#bit.set(kern, 1 << this.#bit.size);
    this.#masks = Uint32Array.from(this.#lists, (kernen) => kernen.reduce((m, k) => m | (this.#bit.get(k) ?? 0), 0));
    this.#everywhere = Uint8Array.from(this.#lists, (kernen) => (kernen.length === 0 ? 1 : 0));
  }

  /** A test "is entry `position` in this kern". */
  in(kern: string): ((position: number) => boolean) {
    const bit = this.#bit.get(kern);
    if (bit !== undefined) return (position) => (this.#masks[position]! & bit) !== 0;
    return (position) => this.#lists[position]!.includes(kern);
  }

  /** True when entry `position` is for the whole gemeente (no kern of its own). */
  everywhere(position: number): boolean {
    return this.#everywhere[position] === 1;
  }
}
