import i18next, { type TFunction } from 'i18next';
import en from './locales/en.json';
import nl from './locales/nl.json';

/** Interface languages. Dutch is the source and lives at /; the others at /<locale>/. */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

const i18n = i18next.createInstance();
void i18n.init({
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  resources: { nl: { translation: nl }, en: { translation: en } },
  initAsync: false,
  // Keys are flat and dotted ("melding.wie.title"): the dots belong to the key.
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes output itself.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** A translate function fixed to one locale. */
export function getT(locale: Locale): TFunction {
  return i18n.getFixedT(locale);
}

/** Text direction for `<html dir>`. */
export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return i18n.dir(locale);
}

/** Reads the locale from a path: `/en/…` is English, anything else Dutch. Returns the path without prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    if (pathname === `/${locale}` || pathname.startsWith(`/${locale}/`)) {
      return { locale, path: pathname.slice(locale.length + 1) || '/' };
    }
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}

/** The URL of `path` (without prefix) in `locale`. */
export function localizePath(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === '/' ? `/${locale}/` : `/${locale}${path}`;
}
