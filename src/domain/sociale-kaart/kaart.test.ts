import { describe, expect, test } from 'vitest';
import { Kaart } from './kaart';
import { orderAanbod } from './ordering';
import { SOORTEN } from './taxonomie';
import { testAanbod } from './test-aanbod';
import { matchesFilters, paginate, readZoekvraag } from './zoeken';

const now = new Date('2026-11-23T12:00:00Z');
const kernen = ['Beilen', 'Westerbork', 'Smilde'];

/** A small deterministic random generator, so a failure can be reproduced. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}
const rnd = random(42);
const pick = <T,>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
const words = ['koffie', 'wandelen', 'boodschappen', 'vervoer', 'geld', 'tuin', 'maaltijd', 'samen'];

// 600 entries: every soort, stale and fresh, in a kern or for everyone, with repeated names to test the ties.
const kaart = new Kaart(Array.from({ length: 600 }, (_, i) => testAanbod({
  name: `${pick(['Hulp', 'Steun', 'Koffie', 'Maatje'])} ${i % 97}`,
  description: `${pick(words)} en ${pick(words)}.`,
  soort: pick(SOORTEN),
  assured_date: pick(['2026-10-01', '2025-01-15', '2025-11-23', '2025-11-22']),
  kernen: pick([[], ['Beilen'], ['Smilde'], ['Beilen', 'Westerbork']]),
  vorm: pick([['individueel'], ['groep'], ['individueel', 'groep']]),
  kosten: pick(['gratis', 'betaald']),
})));

/** What a search found the old way: every match through the full sort of orderAanbod. */
function fullSort(query: string, kern?: string) {
  const v = readZoekvraag(new URLSearchParams(query), kernen);
  const text = kaart.textMatches(v.q);
  const inText = text ? new Set(Array.from(text, (i) => kaart.aanbod[i])) : undefined;
  return orderAanbod(kaart.aanbod.filter((a) => (!inText || inText.has(a)) && matchesFilters(a, v)), { kern: kern || v.kern || undefined, now });
}

const QUERIES = ['', 'q=koffie', 'q=wandelen samen', 'q=geld', 'q=xyzzy', 'vorm=groep', 'kosten=betaald&vorm=individueel', 'kern=Smilde',
  'kern=Beilen&q=tuin', 'soort=vrijwilligers&soort=professioneel', 'q=maaltijd&kern=Westerbork', 'q=boodschapen'];

describe('Kaart.page', () => {
  test.each(QUERIES.flatMap((q) => [1, 2, 3, 7, 40].map((page) => [q, page] as const)))(
    '%j page %i equals that page of a full sort', (query, page) => {
      const v = readZoekvraag(new URLSearchParams(`${query}&page=${page}`), kernen);
      const expected = fullSort(query);
      const { items, total, pages, page: shown } = kaart.page(v, now);
      const reference = paginate(expected, page);
      expect([items.map((a) => a.service.id), total, pages, shown]).toEqual([reference.items.map((a) => a.service.id), expected.length, reference.pages, reference.page]);
    });

  test.each(QUERIES)('%j puts the person\'s own kern first, as a full sort does', (query) => {
    const v = readZoekvraag(new URLSearchParams(query), kernen);
    expect(kaart.page(v, now, 'Smilde').items.map((a) => a.service.id)).toEqual(fullSort(query, 'Smilde').slice(0, 20).map((a) => a.service.id));
  });

  test('search lists every match in the order of a full sort', () => {
    for (const query of QUERIES) {
      expect(kaart.search(readZoekvraag(new URLSearchParams(query), kernen), now).map((a) => a.service.id)).toEqual(fullSort(query).map((a) => a.service.id));
    }
  });
});

describe('Kaart lookups', () => {
  test('finds an entry by slug and by id', () => {
    const a = kaart.aanbod[123]!;
    expect([kaart.bySlug(a.service.slug), kaart.byId(a.service.id), kaart.bySlug('bestaat-niet')]).toEqual([a, a, undefined]);
  });
});
