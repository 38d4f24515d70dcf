import { afterEach, expect, test, vi } from 'vitest';
import { LOCALES } from '@/i18n';
import { formatDate, formatTime } from './dates';

afterEach(() => { vi.restoreAllMocks(); });

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
