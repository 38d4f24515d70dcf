import { describe, expect, test } from 'vitest';
import nl from './locales/nl.json';
import { JARGON_IN_UITLEG, type BegripId } from '@/domain/uitleg/begrippen';
import { LEVENSGEBIEDEN } from '@/domain/levensgebied/levensgebieden';
import { fleschDouma, framedQuestions, interpolations, jargonIn, jargonOutsideExplanations, sentences, syllables, words } from './plain-language';

describe('measures', () => {
  test('counts Dutch syllables by vowel groups, with ij as one vowel and a trema starting a new one', () => {
    expect(syllables('huis')).toBe(1);
    expect(syllables('gemeente')).toBe(3);
    expect(syllables('vrijwilliger')).toBe(4);
    expect(syllables('ideeën')).toBe(3);
    expect(syllables('cliëntondersteuner')).toBe(6);
  });

  test('splits sentences after full stops and question marks, and ignores placeholders', () => {
    expect(sentences('Bel ons. Dan komen wij bij u thuis! Kan dat?')).toHaveLength(3);
    expect(words('Bel {{naam}} op {{telefoon}}.')).toEqual(['Bel', 'iets', 'op', 'iets']);
  });

  test('scores short everyday sentences as easy and long official ones as hard', () => {
    expect(fleschDouma('U vertelt hoe het gaat. Wij luisteren. Daarna zoeken we samen naar hulp.')).toBeGreaterThan(70);
    expect(fleschDouma('Op grond van de Wet maatschappelijke ondersteuning onderzoekt het college de mogelijkheden tot compensatie van beperkingen in de zelfredzaamheid en participatie van de aanvrager.'))
      .toBeLessThan(30);
  });

  test('finds jargon regardless of case', () => {
    expect(jargonIn('De Wmo en een maatwerkvoorziening.')).toEqual(['wmo', 'maatwerkvoorziening']);
  });

  test('fills in every value a placeholder can take, and leaves unknown placeholders alone', () => {
    expect(interpolations('Hoe gaat het met {{onderwerp}}? Bel {{telefoon}}.', { onderwerp: ['uw huis', 'meedoen'] }))
      .toEqual(['Hoe gaat het met uw huis? Bel {{telefoon}}.', 'Hoe gaat het met meedoen? Bel {{telefoon}}.']);
  });

  test('finds questions that drop a subject phrase into a fixed frame', () => {
    expect(framedQuestions([['a', 'Hoe gaat het met {{onderwerp}}?'], ['b', 'U vertelde over {{onderwerp}}. Klopt dat?'], ['c', 'Bel {{naam}}?']]))
      .toEqual(['a: Hoe gaat het met {{onderwerp}}?']);
  });

  test('allows jargon only in the explanation of that very word', () => {
    const strings = [['uitleg.wmo.tekst', 'De Wmo is een wet.'], ['uitleg.gesprek.tekst', 'Ook wel keukentafelgesprek.'], ['start.intro', 'Vraag een voorziening aan.']] as const;
    const allowed = (key: string) => (key === 'uitleg.wmo.tekst' ? ['wmo'] : []);
    expect(jargonOutsideExplanations(strings, allowed)).toEqual(['uitleg.gesprek.tekst: keukentafelgesprek', 'start.intro: voorziening']);
  });
});

const messages = nl as Record<string, string>;
/** The strings an inwoner reads: everything except the loket's own screens (written for professionals). */
const rawInwonerStrings = Object.entries(messages).filter(([key]) => !key.startsWith('loket.'));

/** What the interface fills in for a placeholder: each levensgebied's title and subject phrase. */
const PLACEHOLDER_VALUES = {
  levensgebied: LEVENSGEBIEDEN.map((id) => messages[`levensgebied.${id}.title`]!),
  onderwerp: LEVENSGEBIEDEN.map((id) => messages[`levensgebied.${id}.onderwerp`]!),
};
/** The strings as people read them: once per value of each placeholder the interface fills in. */
const inwonerStrings = rawInwonerStrings.flatMap(([key, text]) => interpolations(text, PLACEHOLDER_VALUES).map((t) => [key, t] as const));

/** The jargon a key may name: an explanation (`uitleg.<id>.woord` / `.tekst`) its own word, any other key none. */
const explains = (key: string): readonly string[] => {
  const id = /^uitleg\.([^.]+)\.(?:woord|tekst)$/.exec(key)?.[1];
  return id ? (JARGON_IN_UITLEG[id as BegripId] ?? []) : [];
};

describe('every Dutch interface string an inwoner reads is plain language (B1)', () => {
  test('no sentence is longer than 25 words', () => {
    const long = inwonerStrings.flatMap(([key, text]) => sentences(text).filter((s) => words(s).length > 25).map((s) => `${key}: ${s}`));
    expect(long).toEqual([]);
  });

  test('sentences are short on average: at most 12 words', () => {
    const all = inwonerStrings.flatMap(([, text]) => sentences(text));
    const average = all.reduce((sum, s) => sum + words(s).length, 0) / all.length;
    expect(average).toBeLessThanOrEqual(12);
  });

  test('the text as a whole reads easily: Flesch-Douma 65 or more', () => {
    expect(fleschDouma(inwonerStrings.map(([, text]) => text).join('\n'))).toBeGreaterThanOrEqual(65);
  });

  test('every longer text (two sentences or more) scores 45 or more on its own', () => {
    const hard = inwonerStrings
      .filter(([, text]) => sentences(text).length >= 2)
      .map(([key, text]) => ({ key, score: Math.round(fleschDouma(text)) }))
      .filter(({ score }) => score < 45);
    expect(hard).toEqual([]);
  });

  test('few long words: under 4% of words have five syllables or more', () => {
    const all = inwonerStrings.flatMap(([, text]) => words(text));
    const long = all.filter((w) => syllables(w) >= 5);
    expect(long.length / all.length).toBeLessThan(0.04);
  });

  test('no question drops a levensgebied\'s subject phrase into a fixed frame ("Hoe gaat het met hoe u zich voelt?")', () => {
    expect(framedQuestions(rawInwonerStrings)).toEqual([]);
  });

  test('no jargon (Wmo, voorziening, zelfredzaamheid, ...) outside an explanation', () => {
    expect(jargonOutsideExplanations(inwonerStrings, explains)).toEqual([]);
  });
});
