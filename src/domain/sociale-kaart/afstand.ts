/**
 * The number of edits (a letter added, removed, changed, or two neighbours swapped) between two words,
 * or `max + 1` as soon as it is sure to be more than `max`: a suggestion only needs to know "close enough".
 */
export function afstand(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let twoBack = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, twoBack[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    [twoBack, previous] = [previous, current];
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** How many edits a typed word may be off and still count as the same word: as the search itself allows (a fifth of its length). */
export const typoMarge = (word: string) => Math.round(word.length * 0.2);
