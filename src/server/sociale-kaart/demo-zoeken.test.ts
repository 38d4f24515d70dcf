import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import { MOEITE_VOORBEELDEN } from '@/domain/levensgebied/levensgebieden';
import { stem } from '@/domain/sociale-kaart/stem';
import { Kaart } from '@/domain/sociale-kaart/kaart';
import { suggest } from '@/domain/sociale-kaart/suggestie';
import { readZoekvraag } from '@/domain/sociale-kaart/zoeken';
import { readAanbod } from './read-kaart';
import { readZoekwoorden } from './read-zoekwoorden';

// The demo kaart as the portal ships it, with the zoekwoorden of content/zoekwoorden.yaml.
const now = new Date('2026-11-23T12:00:00Z');
const kaart = new Kaart(readAanbod(), readZoekwoorden());
const vraag = (q: string) => readZoekvraag(new URLSearchParams({ q }), ['Beilen', 'Westerbork', 'Smilde']);
const slugs = (q: string) => kaart.search(vraag(q), now).map((a) => a.service.slug);

/**
 * What people type, and the entries each search must find. People search with their problem, in their own
 * words, with typos and the spellings of the region; the list grows with every search the lacunes page shows.
 */
const ZOEKVRAGEN: [string, string[]][] = [
  // Problem words: what people run into, not what the offer is called.
  ['eenzaam', ['vriendendienst', 'huiskamer-westerbork', 'koffie-in-de-brink', 'ontmoetingsmiddag-smilde']],
  ['eenzaamheid', ['vriendendienst', 'huiskamer-westerbork', 'netwerkcoach']],
  ['ik voel me eenzaam', ['vriendendienst', 'huiskamer-westerbork']],
  ['alleen', ['vriendendienst', 'koffie-in-de-brink']],
  ['weduwe', ['vriendendienst', 'ontmoetingsmiddag-smilde']],
  ['gezelschap', ['vriendendienst', 'huiskamer-westerbork']],
  ['kletsen', ['huiskamer-westerbork']],
  ['boodschappen', ['boodschappenmaatje', 'tip-boodschappen-samen-doen', 'hulpdienst-beilen']],
  ['supermarkt', ['boodschappenmaatje']],
  ['koken', ['samen-koken-beilen', 'maaltijden-aan-huis']],
  ['warm eten', ['maaltijden-aan-huis', 'samen-eten-westerbork']],
  ['naar de huisarts', ['hulpdienst-beilen']],
  ['naar het ziekenhuis', ['hulpdienst-beilen']],
  ['taxi', ['deeltaxi', 'vervoerspas']],
  ['vervoer', ['deeltaxi', 'vervoersdienst-westerbork', 'hulpdienst-beilen']],
  ['schulden', ['schuldhulp', 'spreekuur-geldvragen']],
  ['armoede', ['spreekuur-geldvragen', 'schuldhulp']],
  ['papierwerk', ['thuisadministratie', 'formulierenhulp-beilen']],
  ['administratie', ['thuisadministratie']],
  ['belastingaangifte', ['formulierenhulp-beilen']],
  ['internet', ['computerhulp-westerbork']],
  ['tablet', ['computerhulp-westerbork']],
  ['mantelzorger', ['mantelzorgconsulent', 'lotgenotengroep-mantelzorgers']],
  ['overbelast', ['mantelzorgconsulent']],
  ['respijt', ['even-vrij-voor-mantelzorgers']],
  ['alzheimer', ['geheugencafe', 'maatje-bij-dementie']],
  ['vergeetachtig', ['geheugencafe']],
  ['depressief', ['wandelgroep-stap-voor-stap', 'welzijn-op-recept']],
  ['somber', ['wandelgroep-stap-voor-stap', 'welzijn-op-recept']],
  ['sporten', ['seniorengym', 'wandelgroep-stap-voor-stap']],
  ['gevallen', ['seniorengym', 'woonadviseur']],
  ['burenruzie', ['buurtbemiddeling']],
  ['overlast van de buren', ['buurtbemiddeling']],
  ['puber', ['opvoedspreekuur', 'jongerenwerk']],
  ['opvoeding', ['opvoedspreekuur', 'oudercafe']],
  ['tuin', ['tuinhulp-smilde']],
  ['heg snoeien', ['tuinhulp-smilde']],
  ['kapotte lamp', ['klusjesochtend-smilde', 'klussendienst']],
  ['vrijwilligerswerk', ['vrijwilligerswerk-vinden']],
  // Typos.
  ['eenzam', ['vriendendienst', 'huiskamer-westerbork']],
  ['boodschapen', ['boodschappenmaatje']],
  ['vriendedienst', ['vriendendienst']],
  ['mantelzorgr', ['mantelzorgconsulent']],
  ['schuldhlup', ['schuldhulp']],
  ['dementei', ['geheugencafe', 'maatje-bij-dementie']],
  ['formulieren invulen', ['formulierenhulp-beilen']],
  // Spellings of the region and of everyday speech.
  ['eenzoam', ['vriendendienst', 'huiskamer-westerbork']],
  ['boadschappen', ['boodschappenmaatje']],
  ['koffiedrinken', ['koffie-in-de-brink']],
  ['kofie', ['koffie-in-de-brink', 'huiskamer-westerbork']],
  ['wandelen', ['wandelgroep-stap-voor-stap', 'tip-samen-bewegen']],
];

describe('searching the demo kaart', () => {
  test('has at least forty realistic searches', () => {
    expect(ZOEKVRAGEN.length).toBeGreaterThanOrEqual(40);
  });

  test.each(ZOEKVRAGEN)('%j finds what it must', (q, expected) => {
    const found = slugs(q);
    expect(expected.filter((slug) => !found.includes(slug))).toEqual([]);
  });

  test('every expected entry exists, so no search passes by accident', () => {
    const all = new Set(kaart.aanbod.map((a) => a.service.slug));
    expect(ZOEKVRAGEN.flatMap(([, expected]) => expected).filter((slug) => !all.has(slug))).toEqual([]);
  });
});

describe('suggestions when nothing is found', () => {
  test('offers a corrected search that finds something', () => {
    expect(slugs('kovvie')).toEqual([]);
    expect(suggest(kaart, vraag('kovvie'), now)).toEqual({ soort: 'bedoelt', q: 'koffie' });
  });

  test('keeps the words that match and corrects the others', () => {
    expect(suggest(kaart, vraag('koffie beilne'), now)).toEqual({ soort: 'bedoelt', q: 'koffie beilen' });
  });

  test('offers the levensgebied of a problem word when the other words match nothing', () => {
    const s = suggest(kaart, vraag('eenzaam xqzrtv'), now);
    expect(s?.soort === 'levensgebied' && s.levensgebied).toBe('contact');
    expect(s?.soort === 'levensgebied' && s.pagina.items.map((a) => a.service.slug)).toContain('vriendendienst');
  });

  test('offers nothing for words far from anything on the kaart', () => {
    expect(suggest(kaart, vraag('xqzrtv'), now)).toBeUndefined();
  });
});

describe('the index without zoekwoorden', () => {
  // The search as it was built on MiniSearch, scoring every match: the kaart's own index must match exactly the same entries.
  const bare = new Kaart(readAanbod());
  const miniSearch = new MiniSearch<{ id: string }>({
    fields: ['name', 'description', 'organisatie', 'trefwoorden', 'kernen'],
    processTerm: (term) => stem(term),
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  miniSearch.addAll(bare.aanbod.map((a) => ({
    id: a.service.id, name: a.service.name, description: a.service.description, organisatie: a.organisatie.name,
    trefwoorden: a.service.levensgebieden.flatMap((id) => [id, ...MOEITE_VOORBEELDEN[id]]).join(' ').replaceAll('-', ' '),
    kernen: a.service.kernen.join(' '),
  })));

  test.each(['boodschap', 'boodschapen', 'koffie', 'vervoer', 'mantelzorg hulp', 'wandelen', 'geld', 'xyzzy', 'de', 'hulp bij de post',
    'maaltijd smilde', 'klus', 'vriendedienst', 'Café', 'taxi\'s', 'in en om huis', 'dementie', 'opvoeden school', 'tuin beilen', 'eenzaam'])(
    '%j matches what MiniSearch matched', (q) => {
      const ours = Array.from(bare.textMatches(q) ?? [], (i) => bare.aanbod[i]!.service.id).sort();
      expect(ours).toEqual(miniSearch.search(q).map((r) => r.id as string).sort());
    });
});
