import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeEach, describe, expect, test } from 'vitest';
import type { Label } from '@/domain/sociale-kaart/hsds';
import { hsdsExport, hsdsExportTables } from '@/domain/sociale-kaart/hsds-export';
import { importHsdsTabular } from '@/domain/sociale-kaart/hsds-tabular-import';
import { toAanbod, type Organisatie } from '@/domain/sociale-kaart/schema';
import { loadTabularSchema, readTabularPackage, writeTabularPackage } from './hsds-tabular';
import { readOrganisatieFile } from './read-file';

const CONTENT = fileURLToPath(new URL('../../../content/sociale-kaart/', import.meta.url));
const organisaties = readdirSync(CONTENT).flatMap((f) => {
  const r = readOrganisatieFile(join(CONTENT, f));
  return 'organisatie' in r ? [r.organisatie] : [];
}) as Organisatie[];
const label: Label = (taxonomy, term) => (term ? `${taxonomy}: ${term}` : taxonomy);
const schema = loadTabularSchema();
const sorted = (list: Organisatie[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
let dir: string;

/** Exports the demo kaart as a tabular package into a fresh folder, through the real CSV writer. */
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kw-tabular-'));
  writeTabularPackage(dir, schema, hsdsExportTables(schema, hsdsExport(toAanbod(organisaties), label), label), new Date('2026-12-01T12:00:00Z'));
});
const importDir = () => {
  const { tables, problems } = readTabularPackage(dir, schema);
  const result = importHsdsTabular(schema, tables);
  return { organisaties: result.organisaties, problems: [...problems, ...result.problems] };
};
/** Changes one cell of a CSV file: the row of the record with `id`, column `column`. */
const editCell = (file: string, id: string, column: string, value: string) => {
  const rows = parse(readFileSync(join(dir, file)), { columns: true }) as Record<string, string>[];
  const at = rows.findIndex((r) => r.id === id);
  rows[at]![column] = value;
  writeFileSync(join(dir, file), stringify(rows, { header: true }));
  return at + 2; // the row number a spreadsheet shows: the header is row 1
};

describe('tabular export → import', () => {
  test('gives back exactly the organisations and services we started with', () => {
    const { organisaties: imported, problems } = importDir();
    expect(problems).toEqual([]);
    expect(sorted(imported)).toEqual(sorted(organisaties));
  });

  test('writes a datapackage.json that lists every CSV file with the standard field definitions', () => {
    const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { profile: string; resources: { path: string; schema: { fields: { name: string }[] } }[] };
    expect(descriptor.profile).toBe('tabular-data-package');
    const csvFiles = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(csvFiles);
    const services = descriptor.resources.find((r) => r.path === 'services.csv')!;
    expect(readFileSync(join(dir, 'services.csv'), 'utf8').split('\r\n')[0]).toBe(services.schema.fields.map((f) => f.name).join(','));
  });
});

describe('an invalid CSV row', () => {
  test('is reported with its file, row number and field, and its service is left out', () => {
    const service = organisaties[0]!.services[0]!;
    const row = editCell('services.csv', service.id, 'assured_date', '1 maart');
    const { organisaties: imported, problems } = importDir();
    expect(problems).toEqual([`services.csv row ${row}: assured_date: write the date as YYYY-MM-DD`]);
    expect(imported.flatMap((o) => o.services).some((s) => s.id === service.id)).toBe(false);
    expect(imported.flatMap((o) => o.services)).toHaveLength(organisaties.flatMap((o) => o.services).length - 1);
  });

  test('in a linked table is reported in that file, with the field our schema checks', () => {
    const phone = organisaties.flatMap((o) => o.services).flatMap((s) => s.phones)[0]!;
    const row = editCell('phones.csv', phone.id, 'number', 'bel maar');
    expect(importDir().problems).toEqual([`phones.csv row ${row}: number: write a phone number like 0592 000 000`]);
  });

  test('that links to nothing is reported', () => {
    const phone = organisaties.flatMap((o) => o.services).flatMap((s) => s.phones)[0]!;
    const row = editCell('phones.csv', phone.id, 'service_id', '00000000-0000-4000-8000-000000000000');
    expect(importDir().problems).toContain(`phones.csv row ${row}: service_id: nothing with this id in services.csv`);
  });

  test('a folder without datapackage.json is one clear problem', () => {
    const empty = mkdtempSync(join(tmpdir(), 'kw-tabular-leeg-'));
    expect(readTabularPackage(empty, schema).problems).toEqual([expect.stringMatching(/no datapackage\.json/)]);
  });
});
