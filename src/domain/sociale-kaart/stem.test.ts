import { describe, expect, test } from 'vitest';
import { stem } from './stem';

describe('stem', () => {
  test.each([
    ['boodschappen', 'boodschap'], ['boodschap', 'boodschap'], ['Maaltijden', 'maaltijd'], ['klussen', 'klus'],
    ['huizen', 'huis'], ['brieven', 'brief'], ['koffietje', 'koffie'], ['Café', 'cafe'], ['taxi\'s', 'taxi'],
  ])('reduces %j to %j', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  test('drops stopwords', () => {
    expect(['de', 'het', 'een', 'voor'].map(stem)).toEqual([null, null, null, null]);
  });
});
