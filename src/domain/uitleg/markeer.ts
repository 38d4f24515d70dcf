import type { BegripId } from './begrippen';

/** A piece of text: plain, or the word that a glossary entry explains. */
export type TekstDeel = { tekst: string; begrip?: BegripId };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` so the first appearance of each word is its own piece, marked with the word's id.
 * Case does not matter, and a word may carry an ending ("melding" finds "meldingen"), but it must
 * start a word ("gesprek" does not find "keukentafelgesprek"). A word that is not in the text is
 * returned in `missing`, so the caller can still show its explanation.
 */
export function markeerBegrippen(text: string, begrippen: readonly { id: BegripId; woord: string }[]): { delen: TekstDeel[]; missing: BegripId[] } {
  const found: { id: BegripId; start: number; end: number }[] = [];
  const missing: BegripId[] = [];
  for (const { id, woord } of begrippen) {
    const match = new RegExp(`(?<![\\p{L}\\p{N}])${escape(woord.trim())}[\\p{L}]*`, 'iu').exec(text);
    const overlaps = match && found.some((f) => match.index < f.end && f.start < match.index + match[0].length);
    if (match && !overlaps) found.push({ id, start: match.index, end: match.index + match[0].length });
    else missing.push(id);
  }
  found.sort((a, b) => a.start - b.start);
  const delen: TekstDeel[] = [];
  let at = 0;
  for (const f of found) {
    if (f.start > at) delen.push({ tekst: text.slice(at, f.start) });
    delen.push({ tekst: text.slice(f.start, f.end), begrip: f.id });
    at = f.end;
  }
  if (at < text.length) delen.push({ tekst: text.slice(at) });
  return { delen, missing };
}
