import { expect, test } from 'vitest';
import { lacuneTerms } from './lacunes';

test('counts the stemmed words of a search, without stopwords', () => {
  expect(lacuneTerms('Een was- en strijkservice voor de buurtbussen')).toEqual(['was', 'strijkservice', 'buurtbus']);
});

test('never keeps numbers, which could be a phone or house number', () => {
  expect(lacuneTerms('bel 0612345678 huisnummer 12a')).toEqual(['bel', 'huisnummer']);
});

test('keeps at most five different words', () => {
  expect(lacuneTerms('aap noot mies wim zus jet aap')).toEqual(['aap', 'noot', 'mies', 'wim', 'zus']);
});
