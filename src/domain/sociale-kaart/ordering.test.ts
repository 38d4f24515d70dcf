import { describe, expect, test } from 'vitest';
import { isStale, kernRank, orderAanbod } from './ordering';
import { testAanbod } from './test-aanbod';

const now = new Date('2026-11-23T12:00:00Z');

describe('isStale', () => {
  test('is false for an entry checked eleven months ago', () => {
    expect(isStale('2025-12-23', now)).toBe(false);
  });

  test('is true for an entry checked more than twelve months ago', () => {
    expect(isStale('2025-11-22', now)).toBe(true);
  });
});

describe('kernRank', () => {
  test('puts the own kern first, then the whole gemeente, then other kernen', () => {
    expect([kernRank(['Smilde'], 'Smilde'), kernRank([], 'Smilde'), kernRank(['Beilen'], 'Smilde')]).toEqual([0, 1, 2]);
  });
});

describe('orderAanbod', () => {
  const names = (list: ReturnType<typeof orderAanbod>) => list.map((a) => a.service.name);

  test('puts informal help first, in the order of solutions', () => {
    const list = [testAanbod({ name: 'Pro', soort: 'professioneel' }), testAanbod({ name: 'Algemeen', soort: 'algemene-voorziening' }),
      testAanbod({ name: 'Informeel', soort: 'informeel' }), testAanbod({ name: 'Tip', soort: 'netwerk-tip' }), testAanbod({ name: 'Vrijwillig', soort: 'vrijwilligers' })];
    expect(names(orderAanbod(list, { now }))).toEqual(['Tip', 'Vrijwillig', 'Informeel', 'Algemeen', 'Pro']);
  });

  test('puts the person\'s own kern first within the same soort', () => {
    const list = [testAanbod({ name: 'A Beilen', kernen: ['Beilen'] }), testAanbod({ name: 'B overal' }), testAanbod({ name: 'C Smilde', kernen: ['Smilde'] })];
    expect(names(orderAanbod(list, { now, kern: 'Smilde' }))).toEqual(['C Smilde', 'B overal', 'A Beilen']);
  });

  test('puts an entry not checked for over a year below all checked ones', () => {
    const list = [testAanbod({ name: 'Oud tip', soort: 'netwerk-tip', assured_date: '2024-01-01' }), testAanbod({ name: 'Pro', soort: 'professioneel' })];
    expect(names(orderAanbod(list, { now }))).toEqual(['Pro', 'Oud tip']);
  });
});
