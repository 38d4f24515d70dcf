import { stem } from './stem';

/** At most this many words of one search are counted, each at most this long. */
export const LACUNE_MAX_WORDS = 5;
export const LACUNE_MAX_LENGTH = 30;

/**
 * The words of a search that found nothing, as counted for the gemeente ("signaleren van lacunes"):
 * stemmed, lower case, letters and digits only, no stopwords, no numbers (which could be a phone number or
 * house number), deduplicated. The search text itself is never stored.
 */
export function lacuneTerms(q: string): string[] {
  const terms = q.split(/\s+/).map((w) => stem(w)).filter((w): w is string => w !== null && w.length >= 2 && !/\d/.test(w))
    .map((w) => w.slice(0, LACUNE_MAX_LENGTH));
  return [...new Set(terms)].slice(0, LACUNE_MAX_WORDS);
}
