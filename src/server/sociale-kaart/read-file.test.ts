import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { LEVENSGEBIEDEN } from '@/domain/levensgebied/levensgebieden';
import { isStale } from '@/domain/sociale-kaart/ordering';
import { toAanbod, type Organisatie } from '@/domain/sociale-kaart/schema';
import { SOORTEN } from '@/domain/sociale-kaart/taxonomie';
import { readOrganisatieFile } from './read-file';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const yamlIn = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.yaml')).map((f) => join(ROOT, dir, f));

describe('the demo content in content/sociale-kaart/', () => {
  const results = yamlIn('content/sociale-kaart').map((path) => [path, readOrganisatieFile(path)] as const);
  const organisaties = results.flatMap(([, r]) => ('organisatie' in r ? [r.organisatie] : [])) as Organisatie[];
  const aanbod = toAanbod(organisaties);

  test('is valid, file by file', () => {
    expect(results.flatMap(([, r]) => ('problems' in r ? r.problems : []))).toEqual([]);
  });

  test('has at least 40 entries, all marked as demo', () => {
    expect(aanbod.length).toBeGreaterThanOrEqual(40);
    expect(organisaties.every((o) => o.demo)).toBe(true);
  });

  test('covers every levensgebied and every soort', () => {
    expect(LEVENSGEBIEDEN.filter((id) => !aanbod.some((a) => a.service.levensgebieden.includes(id)))).toEqual([]);
    expect(SOORTEN.filter((s) => !aanbod.some((a) => a.service.soort === s))).toEqual([]);
  });

  test('covers each kern of the demo gemeente', () => {
    for (const kern of ['Beilen', 'Westerbork', 'Smilde']) expect(aanbod.some((a) => a.service.kernen.includes(kern))).toBe(true);
  });

  test('has some entries not checked for over a year, to show how that looks', () => {
    expect(aanbod.filter((a) => isStale(a.service.assured_date, new Date('2026-11-23'))).length).toBeGreaterThanOrEqual(3);
  });
});

describe('an invalid file', () => {
  const files = yamlIn('tests/fixtures/sociale-kaart/invalid');

  test('exists as an example for each kind of mistake', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  test.each(files.map((f) => [f.split('/').pop()!, f]))('%s is refused with the message in its first line', (name, path) => {
    const expected = readFileSync(path, 'utf8').split('\n')[0]!.replace(/^# expect: /, '');
    const result = readOrganisatieFile(path);
    expect('problems' in result ? result.problems : []).toEqual([`${name}: ${expected}`]);
  });
});

test('a valid example file is accepted', () => {
  for (const path of yamlIn('tests/fixtures/sociale-kaart/valid')) expect(readOrganisatieFile(path)).toHaveProperty('organisatie');
});
