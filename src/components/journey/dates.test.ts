import { afterEach, describe, expect, test, vi } from 'vitest';
import { LOCALES } from '@/i18n';
import { clockParts, formatDate, formatDay, formatPlainDay, formatTime } from './dates';

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

test('dates and times read as a fresh formatter writes them, in every locale, in Dutch time', () => {
  const at = '2026-03-29T01:30:00Z';
  for (const locale of LOCALES) {
    expect(formatDate(at, locale)).toBe(new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(at)));
    expect(formatTime(at, locale)).toBe(new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date(at)));
  }
  expect(formatTime(at, 'nl')).toBe('03:30');
});

test('a page full of dates creates no formatter per date', () => {
  formatDate('2026-01-01', 'pl');
  formatTime('2026-01-01', 'pl');
  const created = vi.spyOn(Intl, 'DateTimeFormat');
  for (let i = 0; i < 50; i++) {
    formatDate(`2026-01-${String(1 + (i % 28)).padStart(2, '0')}`, 'pl');
    formatTime(`2026-01-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`, 'pl');
  }
  expect(created).not.toHaveBeenCalled();
});
