import i18next, { type TFunction } from 'i18next';
import ar from './locales/ar.json';
import en from './locales/en.json';
import nl from './locales/nl.json';
import pl from './locales/pl.json';
import tr from './locales/tr.json';
import uk from './locales/uk.json';

/** Interface languages, in the order the language switch lists them. Dutch is the source and lives at /; the others at /<locale>/. */
export const LOCALES = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

/**
 * The werkplek (/loket) speaks Dutch and English only: it is written for the gemeente's staff. In any other
 * language its address is sent on to the Dutch werkplek (see middleware.ts).
 */
export const LOKET_LOCALES = ['nl', 'en'] as const satisfies readonly Locale[];

/**
 * The rule for strings only the loket sees: their keys start with `loket.` (the werkplek's screens) or
 * `errors.loket.` (its form errors). They live in nl.json and en.json only; every other key is read by an
 * inwoner and is translated into every language (checked by keys.test.ts, listed by `npm run i18n:missing`).
 */
export { isLoketKey, LOKET_KEY_PREFIXES } from './coverage';

/** Whether a string is one of our interface languages. */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Whether a path (without locale prefix) belongs to the werkplek. */
export function isLoketPath(path: string): boolean {
  return path === '/loket' || path.startsWith('/loket/');
}

/** The languages a page exists in: the werkplek's in Dutch and English only, the inwoner's in all. */
export function localesFor(path: string): readonly Locale[] {
  return isLoketPath(path) ? LOKET_LOCALES : LOCALES;
}

const i18n = i18next.createInstance();
void i18n.init({
  lng: DEFAULT_LOCALE,
  // A string not yet translated shows in Dutch, the source, rather than as a key.
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  resources: {
    nl: { translation: nl }, en: { translation: en }, tr: { translation: tr },
    ar: { translation: ar }, pl: { translation: pl }, uk: { translation: uk },
  },
  initAsync: false,
  // Keys are flat and dotted ("melding.wie.title"): the dots belong to the key.
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes output itself.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/**
 * Every key the locale files hold, plural forms also under their base name ("x_one" → "x"): only these are
 * remembered, so a key made from input cannot grow the tables below.
 */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const KNOWN_KEYS = new Set([nl, en, tr, ar, pl, uk].flatMap((r) => Object.keys(r).flatMap((k) => [k, k.replace(PLURAL_SUFFIX, '')])));

/** Names i18next reads as options rather than as placeholders: a call using any of them always goes to i18next. */
const I18NEXT_OPTIONS = new Set(['count', 'context', 'defaultValue', 'lng', 'lngs', 'fallbackLng', 'ns', 'replace', 'returnObjects',
  'returnDetails', 'joinArrays', 'postProcess', 'interpolation', 'skipInterpolation', 'ordinal', 'keyPrefix', 'nsSeparator', 'keySeparator']);

/**
 * A string with placeholders, split where the values go: `parts[0] + value(slots[0]) + parts[1] + …`. Made by asking
 * i18next once with a marker per placeholder, so fallback and nesting are i18next's own.
 */
interface Template { parts: string[]; slots: string[] }

const MARK = (i: number) => `\uE000${i}\uE001`;

function makeTemplate(fixed: (...args: unknown[]) => unknown, key: string, names: string[]): Template | null {
  const markers = Object.fromEntries(names.map((name, i) => [name, MARK(i)]));
  const value = fixed(key, markers);
  if (typeof value !== 'string') return null;
  const parts: string[] = [];
  const slots: string[] = [];
  let rest = value;
  for (let match = /\uE000(\d+)\uE001/.exec(rest); match; match = /\uE000(\d+)\uE001/.exec(rest)) {
    parts.push(rest.slice(0, match.index));
    slots.push(names[Number(match[1])]!);
    rest = rest.slice(match.index + match[0].length);
  }
  parts.push(rest);
  return { parts, slots };
}

function fill(template: Template, values: Record<string, unknown>): string {
  let out = template.parts[0]!;
  for (let i = 0; i < template.slots.length; i++) out += String(values[template.slots[i]!]) + template.parts[i + 1]!;
  return out;
}

/**
 * A translate function fixed to one locale. A page asks for about a hundred strings; i18next resolves each call anew
 * (fallback, nesting, plural rules, interpolation), which was about a third of a page's CPU. So a call without options
 * is answered by i18next once per locale and key and then from a table: the same string, as i18next's answer to such a
 * call never changes. A call whose options are only placeholder values (strings or numbers; no count, context or other
 * i18next option) is answered from a template per key and set of names, made by i18next once and checked against
 * i18next's own answer on its first use. Anything else (a count, an unknown key, other values) goes to i18next.
 */
function cachedT(locale: Locale): TFunction {
  const fixed = i18n.getFixedT(locale) as unknown as (...args: unknown[]) => unknown;
  const table = new Map<string, string>();
  const templates = new Map<string, Template | null>();
  const placeholderValues = (options: unknown): options is Record<string, string | number> => {
    if (typeof options !== 'object' || options === null || Object.getPrototypeOf(options) !== Object.prototype) return false;
    for (const name in options) {
      const value = (options as Record<string, unknown>)[name];
      if (I18NEXT_OPTIONS.has(name) || !/^\w+$/.test(name) || !(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))) return false;
    }
    return true;
  };
  const t = (key: unknown, ...rest: unknown[]) => {
    if (typeof key !== 'string' || !KNOWN_KEYS.has(key)) return fixed(key, ...rest);
    if (rest.length === 0) {
      const known = table.get(key);
      if (known !== undefined) return known;
      const value = fixed(key);
      if (typeof value === 'string') table.set(key, value);
      return value;
    }
    const options = rest[0];
    if (rest.length > 1 || !placeholderValues(options)) return fixed(key, ...rest);
    const names = Object.keys(options);
    const id = `${key}\u0000${names.join('\u0000')}`;
    const template = templates.get(id);
    if (template) return fill(template, options);
    if (template === null) return fixed(key, options);
    const value = fixed(key, options);
    const made = makeTemplate(fixed, key, names);
    templates.set(id, made && fill(made, options) === value ? made : null);
    return value;
  };
  return t as unknown as TFunction;
}

const TRANSLATORS = Object.fromEntries(LOCALES.map((l) => [l, cachedT(l)])) as Record<Locale, TFunction>;

/** A translate function fixed to one locale (one per locale, for the life of the process). */
export function getT(locale: Locale): TFunction {
  return TRANSLATORS[locale] ?? i18n.getFixedT(locale);
}

/** The uncached i18next translate function: the reference the cached one is tested against. */
export function i18nextT(locale: Locale): TFunction {
  return i18n.getFixedT(locale);
}

const DIRECTIONS = Object.fromEntries(LOCALES.map((l) => [l, i18n.dir(l)])) as Record<Locale, 'ltr' | 'rtl'>;

/** Text direction for `<html dir>`: Arabic is right-to-left. Fixed per locale. */
export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return DIRECTIONS[locale];
}

/** Reads the locale from a path: `/en/…` is English, `/tr/…` Turkish, and so on; anything else Dutch. Returns the path without prefix. */
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
