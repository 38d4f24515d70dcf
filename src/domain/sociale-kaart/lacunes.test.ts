import { expect, test } from 'vitest';
import { LacunePeriodeSchema, lacuneTerms, periodeStart } from './lacunes';

test('counts the stemmed words of a search, without stopwords', () => {
  expect(lacuneTerms('Een was- en strijkservice voor de buurtbussen')).toEqual(['was', 'strijkservice', 'buurtbus']);
});

test('never keeps numbers, which could be a phone or house number', () => {
  expect(lacuneTerms('bel 0612345678 huisnummer 12a')).toEqual(['bel', 'huisnummer']);
});

test('keeps at most five different words', () => {
  expect(lacuneTerms('aap noot mies wim zus jet aap')).toEqual(['aap', 'noot', 'mies', 'wim', 'zus']);
});

test('a period of a week starts six days before today, and an unknown period is a month', () => {
  expect(periodeStart('week', new Date('2026-11-23T10:00:00Z')).toISOString()).toBe('2026-11-17T00:00:00.000Z');
  expect(LacunePeriodeSchema.parse('eeuw')).toBe('maand');
});
