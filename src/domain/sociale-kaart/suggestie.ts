import type { LevensgebiedId } from '../levensgebied/levensgebieden';
import { afstand } from './afstand';
import { tokenize, type Kaart, type ZoekPagina } from './kaart';
import { stem } from './stem';
import { ZoekvraagSchema, type Zoekvraag } from './zoeken';

/** What to offer when a search with text found nothing: a corrected search that does find something, or a levensgebied's offers. */
export type Suggestie =
  | { soort: 'bedoelt'; q: string }
  | { soort: 'levensgebied'; levensgebied: LevensgebiedId; pagina: ZoekPagina };

/** How many of a levensgebied's offers the empty state shows; the rest is one link away. */
export const SUGGESTIE_AANBOD = 5;

/** How far a suggestion may be from what was typed: further than the search's own typo margin, never more than three edits. */
const suggestieMarge = (stam: string) => Math.min(3, Math.max(1, Math.round(stam.length * 0.4)));

/** True when score `a` beats `b`: compared number by number, the first difference decides. */
function isBetter(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/** How many letters two words share at their start. */
function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The kaart's word nearest to a typed word. On a tie: the one that starts like the typed word (people get the start
 * right more often), then a problem word (people type those), then the most common in the texts.
 */
function nearest(kaart: Kaart, typed: string): string | undefined {
  const stam = stem(typed);
  if (!stam) return undefined;
  const marge = suggestieMarge(stam);
  let best: { score: number[]; woord: string } | undefined;
  const consider = (s: string, woord: string, count: number) => {
    const d = afstand(stam, s, marge);
    if (d > marge || d === 0) return;
    const score = [-d, sharedStart(stam, s), count];
    if (!best || isBetter(score, best.score)) best = { score, woord };
  };
  for (const woord of kaart.woordenboek.woorden) consider(stem(woord) ?? woord, woord, Number.MAX_SAFE_INTEGER);
  for (const [s, { woord, count }] of kaart.spellingen) consider(s, woord, count);
  return best?.woord;
}

/**
 * A suggestion for a search with text that found nothing: "Bedoelt u …?" with each word that matches nothing replaced
 * by the nearest word of the kaart, when that search finds something; otherwise the offers of the levensgebied a
 * problem word belongs to ("eenzaam zondag": contact met anderen). Undefined when neither helps.
 */
export function suggest(kaart: Kaart, v: Zoekvraag, now: Date, kern?: string): Suggestie | undefined {
  if (v.q === '') return undefined;
  const words = tokenize(v.q);
  let changed = false;
  const corrected = words.map((word) => {
    if (!stem(word) || (kaart.textMatches(word)?.length ?? 0) > 0) return word;
    const fix = nearest(kaart, word);
    if (!fix) return word;
    changed = true;
    return fix;
  });
  if (changed) {
    const q = corrected.join(' ');
    if (kaart.page({ ...v, q, page: 1 }, now, kern, 1).total > 0) return { soort: 'bedoelt', q };
  }
  const levensgebied = [...words, ...corrected].flatMap((w) => kaart.woordenboek.lookup(w))[0]?.levensgebied;
  if (!levensgebied) return undefined;
  const pagina = kaart.page(ZoekvraagSchema.parse({ levensgebied: [levensgebied], kern: v.kern }), now, kern, SUGGESTIE_AANBOD);
  return pagina.total > 0 ? { soort: 'levensgebied', levensgebied, pagina } : undefined;
}
