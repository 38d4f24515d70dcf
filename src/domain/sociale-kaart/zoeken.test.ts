import { describe, expect, test } from 'vitest';
import { testAanbod } from './test-aanbod';
import { Kaart } from './kaart';
import { isFiltered, paginate, readZoekvraag } from './zoeken';

const now = new Date('2026-11-23T12:00:00Z');
const kernen = ['Beilen', 'Westerbork', 'Smilde'];
const kaart = new Kaart([
  testAanbod({ name: 'Boodschappenmaatje', description: 'Een vrijwilliger doet de boodschappen met u.', soort: 'vrijwilligers', kernen: ['Beilen'] }),
  testAanbod({ name: 'Koffie in de Brink', description: 'Samen koffie drinken.', levensgebieden: ['contact'], vorm: ['groep'], kernen: ['Beilen'] }),
  testAanbod({ name: 'Maaltijden aan huis', description: 'Een warme maaltijd.', levensgebieden: ['zelfzorg'], soort: 'professioneel', kosten: 'betaald' }),
  testAanbod({ name: 'Wandelgroep', description: 'Rustig wandelen.', levensgebieden: ['gezondheid'], vorm: ['groep'], kernen: ['Smilde'] }),
]);
const zoek = (query: string, kern?: string) => kaart.search(readZoekvraag(new URLSearchParams(query), kernen), now, kern).map((a) => a.service.name);

describe('Kaart.search', () => {
  test('finds "boodschappen" from "boodschap"', () => {
    expect(zoek('q=boodschap')).toEqual(['Boodschappenmaatje']);
  });

  test('forgives a typo', () => {
    expect(zoek('q=boodschapen')).toEqual(['Boodschappenmaatje']);
  });

  test('finds an entry by the everyday words of its levensgebied', () => {
    expect(zoek('q=alleen')).toEqual(['Koffie in de Brink']);
  });

  test('finds an entry by a problem word, through the words it stands for', () => {
    const metWoorden = new Kaart(kaart.aanbod, { contact: { eenzaam: ['alleen', 'gezelschap'] } });
    const vind = (q: string) => metWoorden.search(readZoekvraag(new URLSearchParams({ q }), kernen), now).map((a) => a.service.name);
    expect([zoek('q=eenzaam'), vind('eenzaam'), vind('eensaam')]).toEqual([[], ['Koffie in de Brink'], ['Koffie in de Brink']]);
  });

  test('filters on a facet, values within a facet combined with "or"', () => {
    expect(zoek('vorm=groep')).toEqual(['Koffie in de Brink', 'Wandelgroep']);
    expect(zoek('kosten=betaald&kosten=eigen-bijdrage')).toEqual(['Maaltijden aan huis']);
  });

  test('filters on a kern and keeps what is for the whole gemeente', () => {
    expect(zoek('kern=Smilde')).toEqual(['Wandelgroep', 'Maaltijden aan huis']);
  });

  test('lists everything without a question, informal first', () => {
    expect(zoek('')).toEqual(['Boodschappenmaatje', 'Koffie in de Brink', 'Wandelgroep', 'Maaltijden aan huis']);
  });

  test('puts the person\'s kern first when they gave one', () => {
    expect(zoek('vorm=groep', 'Smilde')).toEqual(['Wandelgroep', 'Koffie in de Brink']);
  });
});

describe('readZoekvraag', () => {
  test('ignores unknown filter values and an unknown kern', () => {
    const v = readZoekvraag(new URLSearchParams('soort=informeel&soort=<script>&kern=Atlantis&page=abc'), kernen);
    expect([v.soort, v.kern, v.page]).toEqual([['informeel'], '', 1]);
  });

  test('cuts a very long search text', () => {
    expect(readZoekvraag(new URLSearchParams({ q: 'a'.repeat(500) }), kernen).q).toHaveLength(100);
  });

  test('takes the first of a repeated search text', () => {
    expect(readZoekvraag(new URLSearchParams('q=een&q=twee'), kernen).q).toBe('een');
  });

  test('says whether anything was asked', () => {
    expect([isFiltered(readZoekvraag(new URLSearchParams(''), kernen)), isFiltered(readZoekvraag(new URLSearchParams('kosten=gratis'), kernen))]).toEqual([false, true]);
  });
});

describe('paginate', () => {
  test('clamps the page to the pages there are', () => {
    expect(paginate([1, 2, 3], 9, 2)).toEqual({ items: [3], page: 2, pages: 2 });
  });
});
