// Import and export of hulp in de buurt as Open Referral HSDS 3.0: JSON, and the tabular data package (CSV + datapackage.json).
//   npm run sociale-kaart -- export <dir>
//   npm run sociale-kaart -- import <file-or-dir> [--skip-invalid] [--out <dir>]
// Export writes services, organizations, taxonomies and taxonomy_terms (.json) and the tabular package next to them,
// after checking every record against the official HSDS JSON Schemas; nothing is written when one does not conform.
// Import reads HSDS services as JSON (a list, or an API page with "contents") or a tabular package (a folder, or its
// datapackage.json) and writes one YAML file per organisation (default content/sociale-kaart/). Every invalid
// record is reported with where it is (record and field; or file, row and field); then nothing is written,
// unless --skip-invalid says to write the valid ones.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { Label } from '@/domain/sociale-kaart/hsds';
import { hsdsExport, hsdsExportTables } from '@/domain/sociale-kaart/hsds-export';
import { importHsdsServices, type ImportResult } from '@/domain/sociale-kaart/hsds-import';
import { importHsdsTabular } from '@/domain/sociale-kaart/hsds-tabular-import';
import { toAanbod, type Organisatie } from '@/domain/sociale-kaart/schema';
import { loadTabularSchema, readTabularPackage, writeTabularPackage } from '@/server/sociale-kaart/hsds-tabular';
import { readOrganisatieFile } from '@/server/sociale-kaart/read-file';
import { hsdsProblems } from '@/server/sociale-kaart/hsds-validator';

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

/** Reads JSON, or a tabular package when given a folder or its datapackage.json. */
function readImport(path: string): ImportResult {
  const folder = statSync(path).isDirectory() ? path : basename(path) === 'datapackage.json' ? dirname(path) : undefined;
  if (folder === undefined) return importHsdsServices(JSON.parse(readFileSync(path, 'utf8')));
  const schema = loadTabularSchema();
  const { tables, problems } = readTabularPackage(folder, schema);
  const result = importHsdsTabular(schema, tables);
  return { organisaties: result.organisaties, problems: [...problems, ...result.problems] };
}

if (command === 'export' && target) {
  const results = readdirSync(CONTENT).filter((f) => f.endsWith('.yaml')).map((f) => readOrganisatieFile(join(CONTENT, f)));
  const invalid = results.flatMap((r) => ('problems' in r ? r.problems : []));
  if (invalid.length > 0) fail(invalid);
  const aanbod = toAanbod(results.flatMap((r) => ('organisatie' in r ? [r.organisatie] : [])) as Organisatie[]);
  const files = hsdsExport(aanbod, label);
  const problems = Object.entries(files).flatMap(([file, { schema, records }]) =>
    (records as unknown[]).flatMap((r, i) => hsdsProblems(schema, r).map((p) => `${file} record ${i + 1}: ${p}`)));
  if (problems.length > 0) fail(problems);
  mkdirSync(target, { recursive: true });
  for (const [file, { records }] of Object.entries(files)) writeFileSync(join(target, file), `${JSON.stringify(records, null, 2)}\n`);
  const schema = loadTabularSchema();
  const written = writeTabularPackage(target, schema, hsdsExportTables(schema, files, label), new Date());
  console.log(`Exported ${aanbod.length} services to ${target} (HSDS 3.0, checked against the official JSON Schemas): ${Object.keys(files).join(', ')}, ${written.join(', ')}.`);
} else if (command === 'import' && target) {
  const out = flags.includes('--out') ? flags[flags.indexOf('--out') + 1] ?? CONTENT : CONTENT;
  const { organisaties, problems } = readImport(target);
  for (const p of problems) console.error(p);
  if (problems.length > 0 && !flags.includes('--skip-invalid')) fail([`${problems.length} problem(s): nothing imported. Fix them, or use --skip-invalid to import only the valid records.`]);
  mkdirSync(out, { recursive: true });
  for (const o of organisaties) writeFileSync(join(out, `${slugify(o.name)}.yaml`), stringify(o, { lineWidth: 0 }));
  console.log(`Imported ${organisaties.flatMap((o) => o.services).length} services of ${organisaties.length} organisations into ${out}.`);
} else {
  fail(['Usage: npm run sociale-kaart -- export <dir> | import <file-or-dir> [--skip-invalid] [--out <dir>]']);
}
