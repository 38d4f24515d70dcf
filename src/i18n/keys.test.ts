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
import nl from './locales/nl.json';

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
const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  test('include Dutch, the source, and at least one other language', () => {
    expect(locales.map(([name]) => name)).toEqual(expect.arrayContaining(['nl', 'en']));
  });

  describe.each(locales.filter(([name]) => name !== 'nl'))('%s', (_name, messages) => {
    test('has exactly the keys of nl.json', () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(nl).sort());
    });

    test('has the same {{placeholders}} as nl.json in every text', () => {
      const different = Object.entries(nl).filter(([key, text]) => key in messages
        && placeholders(text).join() !== placeholders(messages[key]).join()).map(([key]) => key);
      expect(different).toEqual([]);
    });
  });

  test.each(locales)('%s has no empty texts', (_name, messages) => {
    expect(Object.entries(messages).filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key)).toEqual([]);
  });
});

describe('levensgebieden', () => {
  test.each(LEVENSGEBIEDEN)('%s has a title, an explanation and a subject for "Hoe gaat het met ...?"', (id) => {
    for (const part of ['title', 'uitleg', 'onderwerp']) expect(nl).toHaveProperty([`levensgebied.${id}.${part}`]);
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
