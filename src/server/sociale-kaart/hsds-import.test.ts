import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { hsdsService, type Label } from '@/domain/sociale-kaart/hsds';
import { importHsdsServices } from '@/domain/sociale-kaart/hsds-import';
import { toAanbod, type Organisatie } from '@/domain/sociale-kaart/schema';
import { readOrganisatieFile } from './read-file';

const DIR = fileURLToPath(new URL('../../../content/sociale-kaart/', import.meta.url));
const organisaties = readdirSync(DIR).flatMap((f) => {
  const r = readOrganisatieFile(join(DIR, f));
  return 'organisatie' in r ? [r.organisatie] : [];
}) as Organisatie[];
const label: Label = (taxonomy, term) => (term ? `${taxonomy}: ${term}` : taxonomy);
const exported = () => JSON.parse(JSON.stringify(toAanbod(organisaties).map((a) => hsdsService(a, label)))) as Record<string, unknown>[];
const sorted = (list: Organisatie[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('export → import', () => {
  test('gives back exactly the organisations and services we started with', () => {
    const { organisaties: imported, problems } = importHsdsServices(exported());
    expect(problems).toEqual([]);
    expect(sorted(imported)).toEqual(sorted(organisaties));
  });

  test('reads a page from the API ("contents") too', () => {
    expect(importHsdsServices({ contents: exported() }).organisaties).toHaveLength(organisaties.length);
  });
});

describe('an invalid record', () => {
  test('is reported with its number, id and field, and left out', () => {
    const records = exported();
    const bad = records[2]!;
    bad.assured_date = '1 maart';
    const { organisaties: imported, problems } = importHsdsServices(records);
    expect(problems).toEqual([`record 3 (id ${String(bad.id)}): assured_date: write the date as YYYY-MM-DD`]);
    expect(imported.flatMap((o) => o.services).some((s) => s.id === bad.id)).toBe(false);
  });

  test('without a name is reported too', () => {
    const records = exported();
    delete records[0]!.name;
    expect(importHsdsServices(records).problems[0]).toMatch(/^record 1 \(id [0-9a-f-]+\): name: /);
  });

  test('a file that is not a list of services is one clear problem', () => {
    expect(importHsdsServices({ hallo: 1 }).problems).toEqual(['(file): expected a list of HSDS services, or a page with "contents"']);
  });
});
