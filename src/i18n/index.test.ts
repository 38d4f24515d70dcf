import { describe, expect, test } from 'vitest';
import { getT, isLocale, localesFor, localizePath, LOCALES, splitLocale, textDirection } from './index';

describe('locales in the address', () => {
  test.each(LOCALES.filter((l) => l !== 'nl'))('/%s/… is that language, and the path without its prefix', (locale) => {
    expect(splitLocale(`/${locale}/melding/wie`)).toEqual({ locale, path: '/melding/wie' });
    expect(splitLocale(`/${locale}`)).toEqual({ locale, path: '/' });
    expect(localizePath('/melding/wie', locale)).toBe(`/${locale}/melding/wie`);
    expect(localizePath('/', locale)).toBe(`/${locale}/`);
  });

  test('Dutch has no prefix, and a word that merely starts like a code is Dutch', () => {
    expect(splitLocale('/melding/wie')).toEqual({ locale: 'nl', path: '/melding/wie' });
    expect(splitLocale('/trap')).toEqual({ locale: 'nl', path: '/trap' });
    expect(localizePath('/melding/wie', 'nl')).toBe('/melding/wie');
  });

  test('the werkplek exists in Dutch and English only; the inwoner pages in all six', () => {
    expect(localesFor('/loket')).toEqual(['nl', 'en']);
    expect(localesFor('/loket/meldingen/KW-ABCD-2345')).toEqual(['nl', 'en']);
    expect(localesFor('/loketten')).toEqual(LOCALES);
    expect(localesFor('/melding/wie')).toEqual(['nl', 'en', 'tr', 'ar', 'pl', 'uk']);
  });

  test('only our language codes are locales', () => {
    expect(isLocale('tr')).toBe(true);
    expect(isLocale('de')).toBe(false);
  });
});

describe('direction and names', () => {
  test('Arabic is right to left, the others left to right', () => {
    expect(LOCALES.map((l) => [l, textDirection(l)])).toEqual([
      ['nl', 'ltr'], ['en', 'ltr'], ['tr', 'ltr'], ['ar', 'rtl'], ['pl', 'ltr'], ['uk', 'ltr'],
    ]);
  });

  test('each language names itself', () => {
    expect(LOCALES.map((l) => getT(l)('common.language.current'))).toEqual(['Nederlands', 'English', 'Türkçe', 'العربية', 'Polski', 'Українська']);
  });

  test('a loket text in an inwoner-only language falls back to Dutch, never to a bare key', () => {
    expect(getT('tr')('loket.login.title')).toBe('Inloggen op de werkplek');
  });
});
