import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { hsdsProblems } from './hsds-validator';
import { nameUuid } from '@/domain/sociale-kaart/hsds-id';
import { hsdsOrganization, hsdsService, hsdsTaxonomy, hsdsTaxonomyTerms, taxonomyTerms, type Label } from '@/domain/sociale-kaart/hsds';
import { toAanbod, type Organisatie } from '@/domain/sociale-kaart/schema';
import { readOrganisatieFile } from './read-file';

const DIR = fileURLToPath(new URL('../../../content/sociale-kaart/', import.meta.url));
const organisaties = readdirSync(DIR).flatMap((f) => {
  const r = readOrganisatieFile(join(DIR, f));
  return 'organisatie' in r ? [r.organisatie] : [];
}) as Organisatie[];
const aanbod = toAanbod(organisaties);
const kernen = ['Beilen', 'Westerbork', 'Smilde'];
const label: Label = (taxonomy, term) => (term ? `${taxonomy}: ${term}` : taxonomy);

describe('HSDS 3.0 conformance of the demo data', () => {
  test('every service conforms to service.json', () => {
    expect(aanbod.flatMap((a) => hsdsProblems('service.json', hsdsService(a, label)).map((p) => `${a.service.slug}: ${p}`))).toEqual([]);
  });

  test('every organization conforms to organization.json', () => {
    expect(aanbod.flatMap((a) => hsdsProblems('organization.json', hsdsOrganization(a.organisatie)))).toEqual([]);
  });

  test('every taxonomy and taxonomy term conforms', () => {
    const taxonomies = Object.keys(taxonomyTerms(kernen)).map((t) => hsdsTaxonomy(t, label));
    expect([...taxonomies.flatMap((t) => hsdsProblems('taxonomy.json', t)),
      ...hsdsTaxonomyTerms(kernen, label).flatMap((t) => hsdsProblems('taxonomy_term.json', t))]).toEqual([]);
  });

  test('the validator does reject a service without a status', () => {
    const { status: _status, ...zonder } = hsdsService(aanbod[0]!, label);
    expect(hsdsProblems('service.json', zonder)).toEqual(["/ must have required property 'status'"]);
  });
});

describe('nameUuid', () => {
  test('gives the same UUID for the same name, and another for another name', () => {
    expect(nameUuid('a')).toBe(nameUuid('a'));
    expect(nameUuid('a')).not.toBe(nameUuid('b'));
  });

  test('gives a valid version 8 UUID', () => {
    expect(nameUuid('krachtwijzer:term:soort:informeel')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
