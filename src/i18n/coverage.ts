/**
 * Which keys each language must have, compared with nl.json (the source). Pure functions over plain objects, so
 * the key test (keys.test.ts) and `npm run i18n:missing` apply the same rules.
 *
 * - Dutch and English (the werkplek's languages) have every key of nl.json.
 * - Every other language has every inwoner key: all keys except the loket's (`isLoketKey`).
 * - A plural key ("socialeKaart.gevonden_one", "_other" in Dutch) has, in each language, the forms that
 *   language needs: i18next picks the suffix with `Intl.PluralRules`, so Polish and Ukrainian need
 *   _one/_few/_many/_other and Arabic _zero/_one/_two/_few/_many/_other.
 */

/** Interface languages that also carry the werkplek's strings. */
export const FULL_LOCALES: readonly string[] = ['nl', 'en'];

/** Keys of strings only the loket sees start with one of these (see LOKET_KEY_PREFIXES in index.ts). */
export const LOKET_KEY_PREFIXES = ['loket.', 'errors.loket.'] as const;

/** Whether a key belongs to the werkplek only. */
export function isLoketKey(key: string): boolean {
  return LOKET_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** The key without its plural suffix, or undefined when it has none. */
export function pluralBase(key: string): string | undefined {
  return PLURAL_SUFFIX.test(key) ? key.replace(PLURAL_SUFFIX, '') : undefined;
}

/** The plural forms a language needs, as i18next names them (its suffixes come from Intl.PluralRules). */
export function pluralForms(locale: string): string[] {
  const order = ['zero', 'one', 'two', 'few', 'many', 'other'];
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  return order.filter((c) => categories.includes(c));
}

/** Every key `locale` must have, given the source messages (nl.json). */
export function expectedKeys(source: Record<string, unknown>, locale: string): string[] {
  const keys = Object.keys(source).filter((key) => FULL_LOCALES.includes(locale) || !isLoketKey(key));
  const forms = pluralForms(locale);
  const out = new Set<string>();
  for (const key of keys) {
    const base = pluralBase(key);
    if (base === undefined) out.add(key);
    else for (const form of forms) out.add(`${base}_${form}`);
  }
  return [...out].sort();
}

/** Keys `locale` still needs (absent or empty), in source order. */
export function missingKeys(source: Record<string, unknown>, messages: Record<string, unknown>, locale: string): string[] {
  return expectedKeys(source, locale).filter((key) => typeof messages[key] !== 'string' || String(messages[key]).trim() === '');
}

/** Keys in `messages` that `locale` should not have: unknown in the source, or the loket's in an inwoner-only language. */
export function extraKeys(source: Record<string, unknown>, messages: Record<string, unknown>, locale: string): string[] {
  const expected = new Set(expectedKeys(source, locale));
  return Object.keys(messages).filter((key) => !expected.has(key));
}

/** The {{placeholders}} of a text, sorted. */
export function placeholders(text: unknown): string[] {
  return [...String(text).matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

/**
 * Keys whose placeholders differ from the source. A plural form is compared with the source's `_other` form, and
 * may leave out {{count}} where the language says the number in words ("one", Arabic "two").
 */
export function placeholderMismatches(source: Record<string, unknown>, messages: Record<string, unknown>): string[] {
  return Object.keys(messages).filter((key) => {
    const base = pluralBase(key);
    const original = base === undefined ? source[key] : source[`${base}_other`];
    if (original === undefined) return false;
    const want = placeholders(original);
    const have = placeholders(messages[key]);
    if (base === undefined || !/_(zero|one|two)$/.test(key)) return want.join() !== have.join();
    return want.filter((p) => p !== 'count').join() !== have.filter((p) => p !== 'count').join();
  });
}
