import MiniSearch from 'minisearch';
import { z } from 'zod';
import { LEVENSGEBIEDEN, MOEITE_VOORBEELDEN } from '../levensgebied/levensgebieden';
import type { Aanbod } from './schema';
import { DOELGROEPEN, KENMERKEN, KOSTEN, SOORTEN, TOEGANG, VORMEN } from './taxonomie';
import { byName, orderByRank } from './ordering';
import { stem } from './stem';

export const ZOEK_MAX_LENGTH = 100;
export const PAGE_SIZE = 20;

/** Keeps the known values of a query-string list and drops the rest: a bad filter is ignored, never an error. */
const known = <T extends string>(values: readonly T[]) => z.preprocess(
  (v) => [v ?? []].flat().filter((x): x is T => typeof x === 'string' && (values as readonly string[]).includes(x)),
  z.array(z.enum(values as unknown as [T, ...T[]])),
);

/** What the search form sends (GET). Unknown filter values are dropped; a too-long text is cut. */
export const ZoekvraagSchema = z.object({
  q: z.preprocess((v) => (typeof v === 'string' ? v.trim().slice(0, ZOEK_MAX_LENGTH) : ''), z.string()),
  levensgebied: known(LEVENSGEBIEDEN),
  soort: known(SOORTEN),
  vorm: known(VORMEN),
  toegang: known(TOEGANG),
  kosten: known(KOSTEN),
  doelgroep: known(DOELGROEPEN),
  kenmerk: known(KENMERKEN),
  /** Checked against the gemeente's kernen by the page. */
  kern: z.preprocess((v) => (typeof v === 'string' ? v.slice(0, 60) : ''), z.string()),
  page: z.preprocess((v) => Number.parseInt(String(v ?? '1'), 10), z.number().int().min(1).max(1000).catch(1)),
});
export type Zoekvraag = z.infer<typeof ZoekvraagSchema>;

/** Reads the search form from a URL's query string. */
export function readZoekvraag(params: URLSearchParams, kernen: readonly string[]): Zoekvraag {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) raw[key] = params.getAll(key);
  for (const single of ['q', 'kern', 'page']) raw[single] = params.get(single) ?? '';
  const vraag = ZoekvraagSchema.parse(raw);
  return kernen.includes(vraag.kern) ? vraag : { ...vraag, kern: '' };
}

/** True when the person filtered or typed anything. */
export function isFiltered(v: Zoekvraag): boolean {
  return v.q !== '' || v.kern !== '' || [v.levensgebied, v.soort, v.vorm, v.toegang, v.kosten, v.doelgroep, v.kenmerk].some((l) => l.length > 0);
}

const overlaps = (chosen: readonly string[], has: readonly string[]) => chosen.length === 0 || chosen.some((c) => has.includes(c));

function matchesFilters(a: Aanbod, v: Zoekvraag): boolean {
  const s = a.service;
  return overlaps(v.levensgebied, s.levensgebieden) && overlaps(v.soort, [s.soort]) && overlaps(v.vorm, s.vorm)
    && overlaps(v.toegang, [s.toegang]) && overlaps(v.kosten, [s.kosten]) && overlaps(v.doelgroep, s.doelgroepen)
    && overlaps(v.kenmerk, s.kenmerken) && (v.kern === '' || s.kernen.length === 0 || s.kernen.includes(v.kern));
}

/** Words a person might type for a levensgebied: its key and its everyday examples ("boodschappen"). */
const trefwoorden = (a: Aanbod) => a.service.levensgebieden.flatMap((id) => [id, ...MOEITE_VOORBEELDEN[id]]).join(' ').replaceAll('-', ' ');

/** A search index over the kaart: typo-tolerant, with prefixes and light Dutch stemming. */
export class Kaart {
  readonly #index: MiniSearch<{ id: string }>;

  /** All entries, in name order (so a search only has to sort by rank). */
  readonly aanbod: readonly Aanbod[];

  constructor(aanbod: readonly Aanbod[]) {
    this.aanbod = [...aanbod].sort(byName);
    this.#index = new MiniSearch({
      fields: ['name', 'description', 'organisatie', 'trefwoorden', 'kernen'],
      processTerm: (term) => stem(term),
      searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { name: 3, trefwoorden: 2 } },
    });
    this.#index.addAll(aanbod.map((a) => ({
      id: a.service.id, name: a.service.name, description: a.service.description, organisatie: a.organisatie.name,
      trefwoorden: trefwoorden(a), kernen: a.service.kernen.join(' '),
    })));
  }

  /** The entry with this slug. */
  bySlug(slug: string): Aanbod | undefined {
    return this.aanbod.find((a) => a.service.slug === slug);
  }

  /** All entries matching the text and filters, in the kaart's order (see orderAanbod), the person's kern first. */
  search(v: Zoekvraag, now: Date, kern?: string): Aanbod[] {
    let candidates = this.aanbod;
    if (v.q !== '') {
      const found = new Set(this.#index.search(v.q).map((r) => r.id as string));
      candidates = this.aanbod.filter((a) => found.has(a.service.id));
    }
    return orderByRank(candidates.filter((a) => matchesFilters(a, v)), { kern: kern || v.kern || undefined, now });
  }
}

/** One page of results: 1-based, clamped to the pages there are. */
export function paginate<T>(items: readonly T[], page: number, size = PAGE_SIZE): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}

