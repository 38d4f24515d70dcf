import { afterEach, describe, expect, test, vi } from 'vitest';
import { clockParts, formatDate, formatDay, formatPlainDay } from './dates';

afterEach(() => { vi.restoreAllMocks(); });

describe('dates as people read them', () => {
  test('a planned day is written with its weekday, in Dutch', () => {
    expect(formatPlainDay('2026-12-10', 'nl')).toBe('donderdag 10 december 2026');
  });

  test('a planned day is written with its weekday, in English', () => {
    expect(formatPlainDay('2026-12-10', 'en')).toBe('Thursday, December 10, 2026');
  });

  test('a moment is read in Dutch time, also just after midnight UTC', () => {
    expect(formatDay('2026-12-09T23:30:00Z', 'nl')).toBe('donderdag 10 december 2026');
    expect(clockParts('2026-12-09T23:30:00Z', 'nl')).toEqual({ uur: '00', minuut: '30' });
  });

  test('the clock is 24-hour with two digits, in English too', () => {
    expect(clockParts('2026-06-01T12:05:00Z', 'en')).toEqual({ uur: '14', minuut: '05' });
  });
});

describe('formatters', () => {
  test('are made once per locale and option set, not on every call', () => {
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    for (let i = 0; i < 5; i++) {
      formatDate('2026-12-10T10:00:00Z', 'tr');
      formatDay('2026-12-10T10:00:00Z', 'tr');
      formatDate('2026-12-10T10:00:00Z', 'pl');
    }
    expect(made).toHaveBeenCalledTimes(3);
  });
});
