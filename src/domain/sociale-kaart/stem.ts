/** Words too common to search on; the second line holds what people add when they type a sentence ("ik voel me eenzaam"). */
const STOPWORDS = new Set(['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'bij', 'in', 'op', 'aan', 'te', 'ik', 'u', 'mijn', 'uw', 'of', 'om', 'naar', 'is', 'er',
  'me', 'mij', 'je', 'jij', 'we', 'wij', 'ze', 'zij', 'hij', 'heb', 'hebt', 'heeft', 'ben', 'bent', 'wil', 'wilt', 'voel', 'zoek', 'zoeken', 'graag']);

/**
 * A light Dutch stemmer for search: lower case, no accents, plural and diminutive endings off,
 * a doubled last consonant made single ("boodschappen" and "boodschap" both become "boodschap").
 * Returns null for stopwords. Crude on purpose: it runs on both the index and the query, so it only has to agree with itself.
 */
export function stem(word: string): string | null {
  let w = word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, '');
  if (w.length === 0 || STOPWORDS.has(w)) return null;
  if (w.length > 5 && /(tjes|jes)$/.test(w)) w = w.replace(/t?jes$/, '');
  else if (w.length > 4 && /(tje|je)$/.test(w)) w = w.replace(/t?je$/, '');
  else if (w.length > 4 && w.endsWith('en')) w = w.slice(0, -2).replace(/z$/, 's').replace(/v$/, 'f');
  else if (w.length > 4 && /[^s']s$/.test(w)) w = w.slice(0, -1);
  if (/([bdfgklmnprst])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}
