import SearchableMap from 'minisearch/SearchableMap';

/** How one searched word may match the words of the texts: from its start on (prefix), and with typos (a share of its length). */
export interface MatchOptions { prefix: boolean; fuzzy: number | false }

/** One alternative for a searched word: its terms (all must match: "te zwaar"), and how loosely. */
export interface Alternative extends MatchOptions { terms: readonly string[] }

/** The most edits a typo may have, however long the word (as MiniSearch's maxFuzzy). */
const MAX_FUZZY = 6;

/**
 * Which entries contain which words: per stemmed word, the positions of the entries that contain it, in a radix tree
 * (MiniSearch's SearchableMap) that finds words by their start and within an edit distance. A search only needs to
 * know whether an entry matches, never how well (the kaart's order does not depend on it), so nothing is scored.
 */
export class TermIndex {
  readonly #terms = new SearchableMap<number[]>();
  #size = 0;

  /** Adds entry `position` (given in ascending order) with its already stemmed terms. */
  add(position: number, terms: Iterable<string>): void {
    for (const term of new Set(terms)) {
      const list = this.#terms.get(term);
      if (list) list.push(position);
      else this.#terms.set(term, [position]);
    }
    this.#size = Math.max(this.#size, position + 1);
  }

  /** Marks in `hit` the entries with a word that matches `term`: itself, words starting with it, words within the typo margin. */
  #mark(term: string, { prefix, fuzzy }: MatchOptions, hit: Uint8Array): void {
    const mark = (positions: readonly number[]) => { for (const p of positions) hit[p] = 1; };
    const exact = this.#terms.get(term);
    if (exact) mark(exact);
    if (prefix) for (const [, positions] of this.#terms.atPrefix(term)) mark(positions);
    if (fuzzy !== false) {
      const distance = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
      if (distance > 0) for (const [positions] of this.#terms.fuzzyGet(term, distance).values()) mark(positions);
    }
  }

  /** Entries matching one alternative: every one of its terms. */
  #alternative({ terms, ...options }: Alternative): Uint8Array {
    const all = new Uint8Array(this.#size);
    if (terms.length === 0) return all;
    const counts = new Uint8Array(this.#size);
    for (const term of terms) {
      const hit = new Uint8Array(this.#size);
      this.#mark(term, options, hit);
      for (let p = 0; p < hit.length; p++) counts[p]! += hit[p]!;
    }
    for (let p = 0; p < counts.length; p++) all[p] = counts[p] === terms.length ? 1 : 0;
    return all;
  }

  /** Positions (ascending) of the entries matching every word, each word through any of its alternatives. */
  match(words: readonly (readonly Alternative[])[]): Int32Array {
    if (words.length === 0) return new Int32Array(0);
    const counts = new Uint16Array(this.#size);
    for (const alternatives of words) {
      const hit = new Uint8Array(this.#size);
      for (const alternative of alternatives) {
        if (alternative.terms.length === 1) this.#mark(alternative.terms[0]!, alternative, hit);
        else {
          const all = this.#alternative(alternative);
          for (let p = 0; p < all.length; p++) if (all[p]) hit[p] = 1;
        }
      }
      for (let p = 0; p < hit.length; p++) counts[p]! += hit[p]!;
    }
    const found: number[] = [];
    for (let p = 0; p < counts.length; p++) if (counts[p] === words.length) found.push(p);
    return Int32Array.from(found);
  }
}
