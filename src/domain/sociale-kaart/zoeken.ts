import { z } from 'zod';
import { LEVENSGEBIEDEN } from '../levensgebied/levensgebieden';
import type { Aanbod } from './schema';
import { DOELGROEPEN, KENMERKEN, KOSTEN, SOORTEN, TOEGANG, VORMEN } from './taxonomie';

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

/** True when the person chose a filter (the text aside). */
export function hasFilters(v: Zoekvraag): boolean {
  return v.kern !== '' || [v.levensgebied, v.soort, v.vorm, v.toegang, v.kosten, v.doelgroep, v.kenmerk].some((l) => l.length > 0);
}

/** True when the person filtered or typed anything. */
export function isFiltered(v: Zoekvraag): boolean {
  return v.q !== '' || hasFilters(v);
}

const overlaps = (chosen: readonly string[], has: readonly string[]) => chosen.length === 0 || chosen.some((c) => has.includes(c));
const oneOf = (chosen: readonly string[], value: string) => chosen.length === 0 || chosen.includes(value);

/** True when an entry passes every filter of the search (not its text). Runs for every entry of a search: no allocations. */
export function matchesFilters(a: Aanbod, v: Zoekvraag): boolean {
  const s = a.service;
  return overlaps(v.levensgebied, s.levensgebieden) && oneOf(v.soort, s.soort) && overlaps(v.vorm, s.vorm)
    && oneOf(v.toegang, s.toegang) && oneOf(v.kosten, s.kosten) && overlaps(v.doelgroep, s.doelgroepen)
    && overlaps(v.kenmerk, s.kenmerken) && (v.kern === '' || s.kernen.length === 0 || s.kernen.includes(v.kern));
}

/** One page of results: 1-based, clamped to the pages there are. */
export function paginate<T>(items: readonly T[], page: number, size = PAGE_SIZE): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}

