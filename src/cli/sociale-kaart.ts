// Import and export of hulp in de buurt as Open Referral HSDS 3.0 JSON.
//   npm run sociale-kaart -- export <dir>                      writes services, organizations, taxonomies, taxonomy_terms (.json)
//   npm run sociale-kaart -- import <file> [--skip-invalid] [--out <dir>]
// Import reads HSDS services (a list, or an API page with "contents") and writes one YAML file per organisation
// (default content/sociale-kaart/). Every invalid record is reported with its number and field; then nothing is
// written, unless --skip-invalid says to write the valid ones. Export checks its output against the official HSDS
// JSON Schemas in tests/fixtures/hsds-3.0 (needs the dev dependencies) and writes nothing when one does not conform.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { hsdsOrganization, hsdsService, hsdsTaxonomy, hsdsTaxonomyTerms, taxonomyTerms, type Label } from '@/domain/sociale-kaart/hsds';
import { importHsdsServices } from '@/domain/sociale-kaart/hsds-import';
import { toAanbod, type Organisatie } from '@/domain/sociale-kaart/schema';
import { readOrganisatieFile } from '@/server/sociale-kaart/read-file';
import { hsdsProblems } from '../../tests/fixtures/hsds-validator.ts';

const CONTENT = join(process.cwd(), 'content', 'sociale-kaart');
const [command, target, ...flags] = process.argv.slice(2);
const nl = JSON.parse(readFileSync(join(process.cwd(), 'src', 'i18n', 'locales', 'nl.json'), 'utf8')) as Record<string, string>;
const label: Label = (taxonomy, term) => {
  if (term === undefined) return nl[`socialeKaart.taxonomie.${taxonomy}`] ?? taxonomy;
  if (taxonomy === 'levensgebied') return nl[`levensgebied.${term}.title`] ?? term;
  return taxonomy === 'kern' ? term : nl[`socialeKaart.${taxonomy}.${term}`] ?? term;
};
const fail = (lines: string[]) => {
  for (const line of lines) console.error(line);
  process.exit(1);
};
const slugify = (name: string) => name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

if (command === 'export' && target) {
  const results = readdirSync(CONTENT).filter((f) => f.endsWith('.yaml')).map((f) => readOrganisatieFile(join(CONTENT, f)));
  const invalid = results.flatMap((r) => ('problems' in r ? r.problems : []));
  if (invalid.length > 0) fail(invalid);
  const aanbod = toAanbod(results.flatMap((r) => ('organisatie' in r ? [r.organisatie] : [])) as Organisatie[]);
  const kernen = [...new Set(aanbod.flatMap((a) => a.service.kernen))];
  const files = {
    'services.json': ['service.json', aanbod.map((a) => hsdsService(a, label))],
    'organizations.json': ['organization.json', [...new Map(aanbod.map((a) => [a.organisatie.id, hsdsOrganization(a.organisatie)])).values()]],
    'taxonomies.json': ['taxonomy.json', Object.keys(taxonomyTerms(kernen)).map((t) => hsdsTaxonomy(t, label))],
    'taxonomy_terms.json': ['taxonomy_term.json', hsdsTaxonomyTerms(kernen, label)],
  } as const;
  const problems = Object.entries(files).flatMap(([file, [schema, records]]) =>
    (records as unknown[]).flatMap((r, i) => hsdsProblems(schema, r).map((p) => `${file} record ${i + 1}: ${p}`)));
  if (problems.length > 0) fail(problems);
  mkdirSync(target, { recursive: true });
  for (const [file, [, records]] of Object.entries(files)) writeFileSync(join(target, file), `${JSON.stringify(records, null, 2)}\n`);
  console.log(`Exported ${aanbod.length} services to ${target} (HSDS 3.0, checked against the official JSON Schemas).`);
} else if (command === 'import' && target) {
  const out = flags.includes('--out') ? flags[flags.indexOf('--out') + 1] ?? CONTENT : CONTENT;
  const { organisaties, problems } = importHsdsServices(JSON.parse(readFileSync(target, 'utf8')));
  for (const p of problems) console.error(p);
  if (problems.length > 0 && !flags.includes('--skip-invalid')) fail([`${problems.length} problem(s): nothing imported. Fix them, or use --skip-invalid to import only the valid records.`]);
  mkdirSync(out, { recursive: true });
  for (const o of organisaties) writeFileSync(join(out, `${slugify(o.name)}.yaml`), stringify(o, { lineWidth: 0 }));
  console.log(`Imported ${organisaties.flatMap((o) => o.services).length} services of ${organisaties.length} organisations into ${out}.`);
} else {
  fail(['Usage: npm run sociale-kaart -- export <dir> | import <file> [--skip-invalid] [--out <dir>]']);
}
