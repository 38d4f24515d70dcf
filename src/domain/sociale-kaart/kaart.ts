import { MOEITE_VOORBEELDEN } from '../levensgebied/levensgebieden';
import { Facetten, Kernen, passes } from './facetten';
import { assuredAt, byName, MAX_RANK_KEY, rankKey, staleBefore } from './ordering';
import type { Aanbod } from './schema';
import { soortRank } from './taxonomie';
import { stem } from './stem';
import { TermIndex, type Alternative } from './term-index';
import { Woordenboek, type Zoekwoorden } from './zoekwoorden';
import { PAGE_SIZE, type Zoekvraag } from './zoeken';

/** One page of a search: its entries in the kaart's order, how many there are in all, and which page of how many. */
export interface ZoekPagina { items: Aanbod[]; total: number; page: number; pages: number }

/** Splits a search text into words the way the index splits its fields. */
export const tokenize = (text: string) => text.split(/[\n\r\p{Z}\p{P}]+/u).filter((w) => w !== '');

/** Words a person might type for a levensgebied: its key and its everyday examples ("boodschappen"). */
const trefwoorden = (a: Aanbod) => a.service.levensgebieden.flatMap((id) => [id, ...MOEITE_VOORBEELDEN[id]]).join(' ').replaceAll('-', ' ');

const NOT_MATCHED = 255;

/**
 * The sociale kaart, ready to search: a typo-tolerant index with prefixes and light Dutch stemming, problem words
 * ("eenzaam") that also search for what the texts call it, and lookups by slug and id.
 */
export class Kaart {
  /** All entries, in name order: position i in this list is entry i everywhere below. */
  readonly aanbod: readonly Aanbod[];
  /** The problem words of content/zoekwoorden.yaml. */
  readonly woordenboek: Woordenboek;
  readonly #index = new TermIndex();
  readonly #position = new Map<string, number>();
  readonly #bySlug = new Map<string, Aanbod>();
  /** Per entry, what its place in the order needs and does not change between searches. */
  readonly #assured: Float64Array;
  readonly #soort: Uint8Array;
  readonly #facetten: Facetten;
  readonly #kernen: Kernen;
  /** Per stem in the texts, the word as written most often: what "Bedoelt u …?" shows. */
  readonly #spelling = new Map<string, { woord: string; count: number }>();

  constructor(aanbod: readonly Aanbod[], zoekwoorden: Zoekwoorden = {}) {
    this.aanbod = [...aanbod].sort(byName);
    this.woordenboek = new Woordenboek(zoekwoorden);
    this.#assured = Float64Array.from(this.aanbod, (a) => assuredAt(a.service.assured_date));
    this.#soort = Uint8Array.from(this.aanbod, (a) => soortRank(a.service.soort));
    this.#facetten = new Facetten(this.aanbod);
    this.#kernen = new Kernen(this.aanbod);
    this.aanbod.forEach((a, i) => {
      this.#position.set(a.service.id, i);
      this.#bySlug.set(a.service.slug, a);
    });
    // The same few thousand words come back in every entry: stem each once.
    const stems = new Map<string, string | null>();
    const cachedStem = (word: string) => {
      let s = stems.get(word);
      if (s === undefined) stems.set(word, s = stem(word));
      return s;
    };
    this.aanbod.forEach((a, i) => {
      const text = [a.service.name, a.service.description, a.organisatie.name, trefwoorden(a), a.service.kernen.join(' ')].join(' ');
      const terms: string[] = [];
      for (const word of tokenize(text)) {
        const s = cachedStem(word);
        if (!s) continue;
        terms.push(s);
        if (/\d/.test(word)) continue;
        const seen = this.#spelling.get(s);
        if (seen) seen.count++;
        else this.#spelling.set(s, { woord: word.toLowerCase(), count: 1 });
      }
      this.#index.add(i, terms);
    });
  }

  /** The entry with this slug (the detail page's address). */
  bySlug(slug: string): Aanbod | undefined {
    return this.#bySlug.get(slug);
  }

  /** The entry with this id (the HSDS API's address). */
  byId(id: string): Aanbod | undefined {
    const i = this.#position.get(id);
    return i === undefined ? undefined : this.aanbod[i];
  }

  /**
   * What a search text asks for: every word must match, itself (from its start, forgiving a typo in five letters) or,
   * for a problem word, one of the words the texts use for it. Our own words are spelled right: they match exactly,
   * so "eten" does not also find "weten".
   */
  query(q: string): Alternative[][] {
    return tokenize(q).flatMap((word) => {
      const own = stem(word);
      if (!own) return [];
      const zoektermen = new Set(this.woordenboek.lookup(word).flatMap((b) => b.zoektermen));
      return [[{ terms: [own], prefix: true, fuzzy: 0.2 },
        ...[...zoektermen].map((z) => ({ terms: tokenize(z).flatMap((w) => stem(w) ?? []), prefix: false, fuzzy: false as const }))]];
    });
  }

  /** Positions of the entries whose text matches `q`, ascending (so in name order); undefined when there is no text. */
  textMatches(q: string): Int32Array | undefined {
    return q === '' ? undefined : this.#index.match(this.query(q));
  }

  /**
   * Entries `from` (inclusive) to `to` (exclusive) of a search in the kaart's order (see orderAanbod), and how many match.
   * The order's key is a small number and matches are visited in name order, so counting per key finds the page without sorting the matches.
   */
  #select(v: Zoekvraag, now: Date, kern: string | undefined, from: number, to: number): { items: Aanbod[]; total: number } {
    const positions = this.textMatches(v.q);
    const n = positions ? positions.length : this.aanbod.length;
    const staleLimit = staleBefore(now);
    const person = kern || v.kern || undefined;
    const active = this.#facetten.active(v);
    const inPersonsKern = person ? this.#kernen.in(person) : undefined;
    const inChosenKern = v.kern ? this.#kernen.in(v.kern) : undefined;
    const keys = new Uint8Array(n);
    const counts = new Int32Array(MAX_RANK_KEY + 1);
    let total = 0;
    for (let j = 0; j < n; j++) {
      const i = positions ? positions[j]! : j;
      if ((active.length > 0 && !passes(active, i)) || (inChosenKern && !inChosenKern(i) && !this.#kernen.everywhere(i))) {
        keys[j] = NOT_MATCHED;
        continue;
      }
      // kernRank: 0 in the person's kern (or no kern given), 1 for the whole gemeente, 2 elsewhere.
      const kern = !inPersonsKern || inPersonsKern(i) ? 0 : this.#kernen.everywhere(i) ? 1 : 2;
      const key = rankKey(this.#assured[i]! < staleLimit, this.#soort[i]!, kern);
      keys[j] = key;
      counts[key]!++;
      total++;
    }
    const end = Math.min(to, total);
    if (from >= end) return { items: [], total };
    // Where each key's entries start in the full order.
    const next = new Int32Array(MAX_RANK_KEY + 1);
    for (let key = 1; key <= MAX_RANK_KEY; key++) next[key] = next[key - 1]! + counts[key - 1]!;
    const items = new Array<Aanbod>(end - from);
    let placed = 0;
    for (let j = 0; j < n && placed < items.length; j++) {
      const key = keys[j]!;
      if (key === NOT_MATCHED) continue;
      const at = next[key]!++;
      if (at >= from && at < end) {
        items[at - from] = this.aanbod[positions ? positions[j]! : j]!;
        placed++;
      }
    }
    return { items, total };
  }

  /** All entries matching the text and filters, in the kaart's order, the person's kern first. */
  search(v: Zoekvraag, now: Date, kern?: string): Aanbod[] {
    return this.#select(v, now, kern, 0, Number.POSITIVE_INFINITY).items;
  }

  /** One page of a search (v.page, clamped to the pages there are), without ordering more than that page needs. */
  page(v: Zoekvraag, now: Date, kern?: string, size = PAGE_SIZE): ZoekPagina {
    const first = this.#select(v, now, kern, (v.page - 1) * size, v.page * size);
    const pages = Math.max(1, Math.ceil(first.total / size));
    if (v.page <= pages) return { ...first, page: v.page, pages };
    return { ...this.#select(v, now, kern, (pages - 1) * size, pages * size), page: pages, pages };
  }

  /** Per stem in the kaart's texts, the word as written there and how often: what "Bedoelt u …?" chooses from. */
  get spellingen(): ReadonlyMap<string, { woord: string; count: number }> {
    return this.#spelling;
  }
}
