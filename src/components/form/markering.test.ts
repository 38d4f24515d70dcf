import { expect, test } from 'vitest';
import { markerKey } from './markering';

test('on a page of mostly optional questions only the required ones are marked', () => {
  expect(markerKey('verplicht', true)).toBeUndefined();
  expect(markerKey('verplicht', false)).toBe('common.required');
});

test('elsewhere the optional questions are marked, as before', () => {
  expect(markerKey('niet-verplicht', true)).toBe('common.optional');
  expect(markerKey(undefined, false)).toBeUndefined();
});
