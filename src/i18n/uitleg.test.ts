import { describe, expect, test } from 'vitest';
import { BEGRIPPEN, BRIEF_BEGRIPPEN, UITLEG_PLAATSEN, uitlegKeys, type BegripId } from '@/domain/uitleg/begrippen';
import { markeerBegrippen } from '@/domain/uitleg/markeer';
import en from './locales/en.json';
import nl from './locales/nl.json';

const locales = { nl, en } as Record<string, Record<string, string>>;

describe('glossary (uitleg van woorden)', () => {
  test('every word has a word and an explanation in every language', () => {
    for (const [locale, strings] of Object.entries(locales)) {
      for (const id of [...BEGRIPPEN, ...BRIEF_BEGRIPPEN]) {
        expect(strings, `${locale}: ${id}`).toHaveProperty([uitlegKeys(id).woord]);
        expect(strings, `${locale}: ${id}`).toHaveProperty([uitlegKeys(id).tekst]);
      }
    }
  });

  test('each word is explained at most once per page', () => {
    for (const [pagina, plaatsen] of Object.entries(UITLEG_PLAATSEN)) {
      const ids = Object.values(plaatsen).flat();
      expect(ids, pagina).toEqual([...new Set(ids)]);
    }
  });

  test('every word appears in the text where it is explained, in every language', () => {
    const plaatsen = Object.values(UITLEG_PLAATSEN).flatMap((p) => Object.entries(p as Record<string, readonly BegripId[]>));
    const missing = plaatsen.flatMap(([key, ids]) =>
      Object.entries(locales).flatMap(([locale, strings]) => {
        const begrippen = ids.map((id) => ({ id, woord: strings[uitlegKeys(id).woord] ?? '' }));
        return markeerBegrippen(strings[key] ?? '', begrippen).missing.map((id) => `${locale} ${key}: ${id}`);
      }));
    expect(missing).toEqual([]);
  });

  test('the words from letters are not used in our own text: only their explanation names them', () => {
    const own = Object.entries(nl).filter(([key]) => !key.startsWith('uitleg.') && !key.startsWith('loket.'));
    const used = BRIEF_BEGRIPPEN.flatMap((id) => {
      const woord = nl[uitlegKeys(id).woord as keyof typeof nl];
      return own.filter(([, text]) => markeerBegrippen(text, [{ id, woord }]).missing.length === 0).map(([key]) => `${key}: ${id}`);
    });
    expect(used).toEqual([]);
  });
});
