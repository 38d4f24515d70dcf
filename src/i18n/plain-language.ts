/**
 * Plain-language measures for Dutch interface text (taalniveau B1). Pure functions, so the gate in
 * plain-language.test.ts can run over every string and a writer can run them on one sentence.
 */

/** Words we avoid for inwoners (domain brief, section 9), unless the same string explains them. */
export const JARGON = [
  'wmo', 'compensatie', 'zelfredzaam', 'zelfredzaamheid', 'participatie', 'voorziening', 'voorzieningen', 'indicatie',
  'arrangement', 'arrangementen', 'maatwerk', 'maatwerkvoorziening', 'keukentafelgesprek', 'respijtzorg',
] as const;

/** Removes interpolation placeholders ({{naam}}) and markup, which are not text a person reads. */
function plain(text: string): string {
  return text.replace(/\{\{[^}]*\}\}/g, 'iets').replace(/<[^>]+>/g, ' ');
}

/** The sentences of a text: split after . ! ? and at line breaks. */
export function sentences(text: string): string[] {
  return plain(text).split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => /\p{L}/u.test(s));
}

/** The words of a text (letters and digits, with inner hyphens and apostrophes). */
export function words(text: string): string[] {
  return plain(text).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Syllables of a Dutch word, counted as groups of vowels; "ij" counts as a vowel and a trema starts a
 * new syllable (ideeën: i-dee-en). A heuristic, good enough for averages over many words.
 */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/ij/g, 'y');
  const groups = w.match(/[aeiouyáéíóúàèâêîôûä][aeiouyáéíóúàèâêîôûä]*|[ëïöü]/g) ?? [];
  return Math.max(1, groups.length);
}

/**
 * Flesch-Douma reading ease (Douma 1960, the Dutch adaptation of Flesch):
 * 206.835 - 0.93 * (words per sentence) - 77 * (syllables per word). Higher is easier;
 * 60-70 reads as "redelijk makkelijk", above 70 as "makkelijk".
 */
export function fleschDouma(text: string): number {
  const ws = words(text);
  const ss = sentences(text);
  if (ws.length === 0 || ss.length === 0) return 100;
  const syllableCount = ws.reduce((sum, w) => sum + syllables(w), 0);
  return 206.835 - 0.93 * (ws.length / ss.length) - 77 * (syllableCount / ws.length);
}

/** Jargon words in a text (lower case, as listed in JARGON). */
export function jargonIn(text: string): string[] {
  const found = new Set(words(text).map((w) => w.toLowerCase()).filter((w) => (JARGON as readonly string[]).includes(w)));
  return [...found];
}

/**
 * Jargon that a string may not use, as `key: word`. A string may name only the jargon that `allowed(key)`
 * gives: for an explanation, the word it explains; for every other string, none.
 */
export function jargonOutsideExplanations(strings: readonly (readonly [string, string])[], allowed: (key: string) => readonly string[]): string[] {
  return strings.flatMap(([key, text]) => {
    const ok = allowed(key);
    return jargonIn(text).filter((w) => !ok.includes(w)).map((w) => `${key}: ${w}`);
  });
}

/**
 * A text as people read it: each {{placeholder}} with known values filled in with every value it can take, so a
 * sentence is judged whole ("Hoe gaat het met hoe u zich voelt?" only shows once filled in). Placeholders without
 * known values (a name, a date) stay as they are and count as one word.
 */
export function interpolations(text: string, values: Readonly<Record<string, readonly string[]>>): string[] {
  const name = [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!).find((n) => (values[n]?.length ?? 0) > 0);
  if (name === undefined) return [text];
  const placeholder = new RegExp(`\\{\\{\\s*${name.replace('.', '\\.')}\\s*\\}\\}`, 'g');
  return values[name]!.flatMap((value) => interpolations(text.replace(placeholder, value), values));
}

/**
 * Questions that drop a levensgebied's subject phrase into a fixed frame ("Hoe gaat het met {{onderwerp}}?"), as
 * `key: sentence`. Such a frame cannot fit every phrase; a question is written whole, once per levensgebied.
 */
export function framedQuestions(strings: readonly (readonly [string, string])[], placeholder = 'onderwerp'): string[] {
  const frame = new RegExp(`\\{\\{\\s*${placeholder}\\s*\\}\\}[^.!?]*\\?`);
  return strings.flatMap(([key, text]) => text.split(/(?<=[.!?])\s+/).filter((s) => frame.test(s)).map((s) => `${key}: ${s}`));
}
