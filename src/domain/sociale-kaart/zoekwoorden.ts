import { z } from 'zod';
import { LevensgebiedIdSchema, type LevensgebiedId } from '../levensgebied/levensgebieden';
import { afstand, typoMarge } from './afstand';
import { stem } from './stem';

/** One word as a person types it: lower case letters, maybe with a hyphen ("burn-out"). */
const WoordSchema = z.string().trim().toLowerCase().regex(/^\p{L}+(-\p{L}+)*$/u, { error: 'use one word in lower case, without spaces' });
/** What to search for instead: a word or a short phrase that the kaart's texts use ("te zwaar"). */
const ZoektermSchema = z.string().trim().toLowerCase().min(2).max(40);

/**
 * Words people search with, per levensgebied: their problem ("eenzaam") rather than the offer's name, each with the
 * words the kaart's texts use for it ("alleen", "gezelschap", "contact"). Read from content/zoekwoorden.yaml.
 */
export const ZoekwoordenSchema = z.partialRecord(LevensgebiedIdSchema, z.record(WoordSchema, z.array(ZoektermSchema).min(1)));
export type Zoekwoorden = z.infer<typeof ZoekwoordenSchema>;

/** A problem word a search recognised: what it was, under which levensgebied, and what to search for as well. */
export interface Betekenis { woord: string; levensgebied: LevensgebiedId; zoektermen: readonly string[] }

/** Looks up the problem words of a search, forgiving typos and dialect spellings as the search itself does. */
export class Woordenboek {
  readonly #betekenissen: { stam: string; betekenis: Betekenis }[];

  constructor(zoekwoorden: Zoekwoorden) {
    this.#betekenissen = Object.entries(zoekwoorden).flatMap(([levensgebied, woorden]) =>
      Object.entries(woorden ?? {}).map(([woord, zoektermen]) => ({
        stam: stem(woord) ?? woord, betekenis: { woord, levensgebied: levensgebied as LevensgebiedId, zoektermen },
      })));
  }

  /** The meanings of one typed word: exact (after stemming) when there are any, otherwise the nearest within the typo margin. */
  lookup(typed: string): Betekenis[] {
    const stam = stem(typed);
    if (!stam) return [];
    const exact = this.#betekenissen.filter((b) => b.stam === stam);
    if (exact.length > 0) return exact.map((b) => b.betekenis);
    const marge = typoMarge(stam);
    if (marge === 0) return [];
    const near = this.#betekenissen.map((b) => ({ b, d: afstand(stam, b.stam, marge) })).filter(({ d }) => d <= marge);
    const best = Math.min(...near.map(({ d }) => d));
    return near.filter(({ d }) => d === best).map(({ b }) => b.betekenis);
  }

  /** Every problem word, for suggestions ("Bedoelt u …?"). */
  get woorden(): readonly string[] {
    return this.#betekenissen.map((b) => b.betekenis.woord);
  }
}
