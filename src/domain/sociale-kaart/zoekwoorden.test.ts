import { describe, expect, test } from 'vitest';
import { Woordenboek, ZoekwoordenSchema } from './zoekwoorden';

describe('ZoekwoordenSchema', () => {
  test('refuses a levensgebied that does not exist', () => {
    expect(ZoekwoordenSchema.safeParse({ eenzaamheid: { alleen: ['contact'] } }).success).toBe(false);
  });

  test('refuses a word with a space, and a word without search terms', () => {
    expect([ZoekwoordenSchema.safeParse({ contact: { 'heel alleen': ['contact'] } }).success,
      ZoekwoordenSchema.safeParse({ contact: { alleen: [] } }).success]).toEqual([false, false]);
  });
});

describe('Woordenboek', () => {
  const boek = new Woordenboek({ contact: { eenzaam: ['alleen'] }, huishouden: { boodschappen: ['winkel'] } });

  test('knows a word in another form and with a typo', () => {
    expect(['eenzaam', 'Boodschap', 'eensaam', 'boadschappen'].map((w) => boek.lookup(w).map((b) => b.levensgebied)))
      .toEqual([['contact'], ['huishouden'], ['contact'], ['huishouden']]);
  });

  test('does not stretch a short word into another', () => {
    expect(boek.lookup('eten')).toEqual([]);
  });
});
