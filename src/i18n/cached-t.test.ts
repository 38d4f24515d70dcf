import { describe, expect, test } from 'vitest';
import { getT, i18nextT, LOCALES } from './index';
import nl from './locales/nl.json';

const keys = Object.keys(nl);

describe('the cached translate function answers as i18next does', () => {
  test.each(LOCALES)('%s: every key, without options, asked twice', (locale) => {
    const t = getT(locale);
    const reference = i18nextT(locale);
    for (const key of keys) {
      expect(t(key), key).toBe(reference(key));
      expect(t(key), `${key}, from the table`).toBe(reference(key));
    }
  });

  test.each(LOCALES)('%s: with a count and with placeholders, as i18next', (locale) => {
    const t = getT(locale);
    const reference = i18nextT(locale);
    const plural = [...new Set(keys.filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, '')))];
    expect(plural.length).toBeGreaterThan(0);
    for (const key of plural) for (const count of [0, 1, 2, 5, 22]) expect(t(key, { count }), `${key} ${count}`).toBe(reference(key, { count }));
    const withPlaceholders = keys.filter((k) => String((nl as Record<string, string>)[k]).includes('{{'));
    expect(withPlaceholders.length).toBeGreaterThan(0);
    for (const key of withPlaceholders) {
      const names = [...String((nl as Record<string, string>)[key]).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
      const values = Object.fromEntries(names.map((n) => [n, `«${n}»`]));
      expect(t(key, values), key).toBe(reference(key, values));
    }
  });

  test.each(LOCALES)('%s: placeholders answered from a template, asked again with other values, as i18next', (locale) => {
    const t = getT(locale);
    const reference = i18nextT(locale);
    const withPlaceholders = keys.filter((k) => String((nl as Record<string, string>)[k]).includes('{{'));
    for (const key of withPlaceholders) {
      const names = [...String((nl as Record<string, string>)[key]).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
      for (const fill of [(n: string) => `eerst ${n}`, (n: string) => `{{${n}}} $t(start.title) <b>`, () => 1234.5, () => '']) {
        const values = Object.fromEntries(names.map((n) => [n, fill(n)]));
        expect(t(key, values), `${key} ${JSON.stringify(values)}`).toBe(reference(key, values));
      }
      // One placeholder left out, and one the string does not use.
      const fewer = Object.fromEntries(names.slice(1).map((n) => [n, `«${n}»`]));
      expect(t(key, fewer), `${key} without ${names[0]}`).toBe(reference(key, fewer));
      const more = { ...Object.fromEntries(names.map((n) => [n, 'x'])), extra: 'y' };
      expect(t(key, more), `${key} with an extra value`).toBe(reference(key, more));
    }
  });

  test('options i18next reads itself go to i18next: a count with placeholders, a default value, an unknown key', () => {
    const t = getT('en');
    const reference = i18nextT('en');
    const key = keys.find((k) => /_(one|other)$/.test(k))!.replace(/_(one|other)$/, '');
    for (const count of [1, 3]) expect(t(key, { count, naam: 'A' })).toBe(reference(key, { count, naam: 'A' }));
    expect(t('bestaat.niet.456', { defaultValue: 'standaard {{x}}', x: 'y' })).toBe(reference('bestaat.niet.456', { defaultValue: 'standaard {{x}}', x: 'y' }));
    expect(t('bestaat.niet.456', { x: 'y' })).toBe('bestaat.niet.456');
  });

  test('a key no locale file holds is answered as i18next does, and is the key itself', () => {
    expect(getT('en')('bestaat.niet.123')).toBe(i18nextT('en')('bestaat.niet.123'));
    expect(getT('en')('bestaat.niet.123')).toBe('bestaat.niet.123');
  });

  test('one translate function per locale for the life of the process, so its table is shared by every request', () => {
    expect(getT('tr')).toBe(getT('tr'));
    expect(getT('tr')).not.toBe(getT('pl'));
  });
});
