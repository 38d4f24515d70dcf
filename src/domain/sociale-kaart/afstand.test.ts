import { describe, expect, test } from 'vitest';
import { afstand } from './afstand';

describe('afstand', () => {
  test.each([
    ['koffie', 'koffie', 0], ['kofie', 'koffie', 1], ['kovvie', 'koffie', 2], ['eenzaam', 'eensaam', 1], ['wandeln', 'wandlen', 1],
  ])('counts the edits between %j and %j as %i', (a, b, expected) => {
    expect(afstand(a, b, 3)).toBe(expected);
  });

  test('stops counting past the limit', () => {
    expect(afstand('vervoer', 'xyzzy', 2)).toBe(3);
  });
});
