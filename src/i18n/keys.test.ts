import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { draftNamensMetVeiligheid, draftSamenMetNetwerk, draftZelfHuishouden } from '../../tests/fixtures/meldingen';
import { LEVENSGEBIEDEN, MOEITE_VOORBEELDEN } from '../domain/levensgebied/levensgebieden';
import { DeelKeuzeSchema } from '../domain/melding/draft';
import { HULP_KEUZES } from '../domain/melding/hulp-form';
import { taxonomyTerms } from '../domain/sociale-kaart/hsds';
import { DOELGROEPEN, KENMERKEN, KOSTEN, SOORTEN, TOEGANG, VORMEN } from '../domain/sociale-kaart/taxonomie';
import { JA_NEE_WEETNIET } from '../domain/melding/fields';
import {
  CONTACT_VOORKEUREN, DAGDELEN, GESPREK_PLEKKEN, HOE_GAAT_HET, HOE_VAAK, INVULLER_KEUZES, KAN_MEER, RELATIES,
} from '../domain/melding/schema';
import { buildSummary } from '../domain/melding/summary';
import { buildMelding } from '../domain/melding/versturen';
import ar from './locales/ar.json';
import nl from './locales/nl.json';
import pl from './locales/pl.json';
import { extraKeys, FULL_LOCALES, isLoketKey, missingKeys, placeholderMismatches, pluralBase, pluralForms } from './coverage';
import { getT, LOCALES, LOKET_LOCALES } from './index';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const LOCALES_DIR = join(SRC, 'i18n', 'locales');

/** Every file under `dir` whose name passes `keep`. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, keep) : keep(name) ? [path] : [];
  });
}

const locales = readdirSync(LOCALES_DIR).filter((f) => f.endsWith('.json'))
  .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(LOCALES_DIR, f), 'utf8')) as Record<string, unknown>] as const);
const others = locales.filter(([name]) => name !== 'nl');

describe('locales', () => {
  test('are exactly the interface languages, each with its file', () => {
    expect(locales.map(([name]) => name).sort()).toEqual([...LOCALES].sort());
    expect(FULL_LOCALES).toEqual([...LOKET_LOCALES]);
  });

  test('the loket rule keeps the werkplek out and the inwoner in', () => {
    expect(isLoketKey('loket.inbox.title')).toBe(true);
    expect(isLoketKey('errors.loket.login.failed')).toBe(true);
    expect(isLoketKey('errors.situatie.required')).toBe(false);
    expect(isLoketKey('summary.gesprek.taal')).toBe(false);
  });

  test('plural forms follow i18next (Intl.PluralRules) for each language', () => {
    expect(pluralForms('nl')).toEqual(['one', 'other']);
    expect(pluralForms('tr')).toEqual(['one', 'other']);
    expect(pluralForms('pl')).toEqual(['one', 'few', 'many', 'other']);
    expect(pluralForms('uk')).toEqual(['one', 'few', 'many', 'other']);
    expect(pluralForms('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    // i18next picks the same forms at run time: Polish 5 is "many", Arabic 2 is "two".
    expect(getT('pl')('socialeKaart.gevonden', { count: 5 })).toBe(pl['socialeKaart.gevonden_many']?.replace('{{count}}', '5'));
    expect(getT('ar')('socialeKaart.gevonden', { count: 2 })).toBe(ar['socialeKaart.gevonden_two']?.replace('{{count}}', '2'));
  });

  test('the rules notice a missing, an empty, an extra and a wrong key (so the tests below can fail)', () => {
    const source = { 'a.b': 'Hallo {{naam}}', 'x_one': '{{count}} ding', 'x_other': '{{count}} dingen', 'loket.c': 'Inbox' };
    const messages = { 'a.b': 'Merhaba {{name}}', 'x_one': '', 'x_other': '{{n}} şey', 'loket.c': 'Gelen', 'y': 'fazla' };
    expect(missingKeys(source, messages, 'tr')).toEqual(['x_one']);
    expect(missingKeys(source, messages, 'pl')).toEqual(['x_few', 'x_many', 'x_one']);
    expect(extraKeys(source, messages, 'tr')).toEqual(['loket.c', 'y']);
    expect(extraKeys(source, messages, 'en')).toEqual(['y']);
    expect(placeholderMismatches(source, messages)).toEqual(['a.b', 'x_other']);
  });

  describe.each(others)('%s', (name, messages) => {
    test(FULL_LOCALES.includes(name) ? 'has every key of nl.json' : 'has every inwoner key of nl.json, in the plural forms it needs', () => {
      expect(missingKeys(nl, messages, name)).toEqual([]);
    });

    test(FULL_LOCALES.includes(name) ? 'has no key that nl.json lacks' : 'has no key that nl.json lacks and no loket key', () => {
      expect(extraKeys(nl, messages, name)).toEqual([]);
    });

    test('has the same {{placeholders}} as nl.json in every text', () => {
      expect(placeholderMismatches(nl, messages)).toEqual([]);
    });
  });

  test.each(locales)('%s has no empty texts', (_name, messages) => {
    expect(Object.entries(messages).filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key)).toEqual([]);
  });
});

describe('levensgebieden', () => {
  test.each(LEVENSGEBIEDEN)('%s has a title, an explanation, a subject and its own "how is it going" question, written whole', (id) => {
    for (const part of ['title', 'uitleg', 'onderwerp', 'hoeGaatHet']) expect(nl).toHaveProperty([`levensgebied.${id}.${part}`]);
  });

  test.each(LEVENSGEBIEDEN)('%s has a text for each tickable example', (id) => {
    for (const voorbeeld of MOEITE_VOORBEELDEN[id]) expect(nl).toHaveProperty([`levensgebied.${id}.moeite.${voorbeeld}`]);
  });
});

describe('error messages', () => {
  const domainFiles = filesUnder(join(SRC, 'domain'), (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
  const used = [...new Set(domainFiles.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/['"`](errors\.[A-Za-z0-9.-]+)['"`]/g)].map((m) => `${m[1]} (${relative(SRC, file)})`)))];

  test('are found in the domain code (so the next test checks something)', () => {
    expect(used.length).toBeGreaterThan(20);
  });

  test('used in the domain schemas all exist in nl.json', () => {
    expect(used.filter((entry) => !(entry.split(' ')[0]! in nl))).toEqual([]);
  });
});

describe('options', () => {
  const options: [string, readonly string[]][] = [
    ['opties.invuller', INVULLER_KEUZES],
    ['opties.hoeGaatHet', HOE_GAAT_HET],
    ['opties.jaNeeWeetNiet', JA_NEE_WEETNIET],
    ['opties.relatie', RELATIES],
    ['opties.hoeVaak', HOE_VAAK],
    ['opties.kanMeer', KAN_MEER],
    ['opties.waar', GESPREK_PLEKKEN],
    ['opties.dagdeel', DAGDELEN],
    ['opties.voorkeur', CONTACT_VOORKEUREN],
    ['opties.delen', DeelKeuzeSchema.options],
    ['opties.hulpMarkering', HULP_KEUZES],
    ['socialeKaart.soort', SOORTEN],
    ['socialeKaart.vorm', VORMEN],
    ['socialeKaart.toegang', TOEGANG],
    ['socialeKaart.kosten', KOSTEN],
    ['socialeKaart.doelgroep', DOELGROEPEN],
    ['socialeKaart.kenmerk', KENMERKEN],
    ['socialeKaart.taxonomie', Object.keys(taxonomyTerms([]))],
  ];

  test.each(options)('every value of %s has a text', (prefix, values) => {
    for (const value of values) expect(nl).toHaveProperty([`${prefix}.${value}`]);
  });
});

describe('texts used in code', () => {
  test('every key the summary produces exists in nl.json', () => {
    const meta = { referentie: 'KW-ABCD-2345', verstuurdOp: new Date('2025-03-03T09:30:00.000Z'), taal: 'nl' };
    const summaries = [draftZelfHuishouden, draftSamenMetNetwerk, draftNamensMetVeiligheid].flatMap((draft) => {
      const melding = buildMelding(draft, meta);
      return [...buildSummary(draft), ...buildSummary(melding, melding.toestemming)];
    });
    const keys = new Set(summaries.flatMap((s) => [s.titleKey, ...s.rows.flatMap((r) => [
      ...('key' in r.label ? [r.label.key] : []),
      ...r.parts.flatMap((p) => (p.kind === 'option' ? [p.key] : p.kind === 'labelled' ? [p.labelKey] : [])),
    ])]));
    expect([...keys].filter((key) => !(key in nl))).toEqual([]);
  });

  test("every literal key passed to t() in pages and components exists in nl.json", () => {
    const files = filesUnder(SRC, (name) => /\.(astro|ts|tsx)$/.test(name) && !name.endsWith('.test.ts'));
    const keys = [...new Set(files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([^'$`]+)'/g)].map((m) => m[1]!)))];
    expect(keys.length).toBeGreaterThan(100);
    // A plural key ("socialeKaart.gevonden", used with {count}) exists as its _one and _other forms.
    expect(keys.filter((key) => !(key in nl) && !(`${key}_one` in nl && `${key}_other` in nl))).toEqual([]);
  });
});

describe('unused keys', () => {
  // Source that can name a key: pages, components, islands, domain, server (tests and the locale files excluded).
  const sources = filesUnder(SRC, (name) => /\.(astro|ts|tsx|mjs)$/.test(name) && !/\.(test|spec)\.ts$/.test(name))
    .filter((file) => !file.includes(`${join('i18n', 'locales')}`)).map((file) => readFileSync(file, 'utf8'));
  const literals = new Set(sources.flatMap((code) => [...code.matchAll(/['"`]([A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+)['"`]/g)].map((m) => m[1]!)));
  // A key built from a domain id in a template (`levensgebied.${id}.title`) becomes a pattern; it must start with
  // a literal word and a dot, so `${prefix}.${value}` does not count every key as used.
  const patterns = sources.flatMap((code) => [...code.matchAll(/`([A-Za-z][A-Za-z0-9-]*\.[^`]*\$\{[^`]*)`/g)].map((m) => new RegExp(
    `^${m[1]!.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^()|[\]\\]/g, '\\$&')).join('[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*')}$`)));
  /** A key is used when code names it, its plural base, or its prefix (a value is added in code: `option('opties.waar', v)`). */
  const isUsed = (key: string) => {
    const name = pluralBase(key) ?? key;
    if (literals.has(name) || patterns.some((p) => p.test(name))) return true;
    const prefix = name.slice(0, name.lastIndexOf('.'));
    return prefix.includes('.') && literals.has(prefix);
  };

  test('finds keys in code by literal, by template and by prefix (so the next test checks something)', () => {
    expect(literals.has('common.next')).toBe(true);
    expect(isUsed('levensgebied.wonen.title')).toBe(true); // `levensgebied.${id}.title`
    expect(isUsed('opties.waar.thuis')).toBe(true); // option('opties.waar', …)
    expect(isUsed('socialeKaart.gevonden_one')).toBe(true); // t('socialeKaart.gevonden', { count })
    expect(isUsed('common.bestaatNiet')).toBe(false);
  });

  test('every key of nl.json is used somewhere in the code', () => {
    expect(Object.keys(nl).filter((key) => !isUsed(key))).toEqual([]);
  });
});
