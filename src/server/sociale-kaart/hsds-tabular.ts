import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { columns, dataPackage, fileOf, HsdsTabularSchema, type HsdsTabular, type Row, type Tables } from '@/domain/sociale-kaart/hsds-tabular';

/** The official HSDS 3.0 compiled tabular schema (CC BY-SA 4.0), copied with the other HSDS schemas. */
const TABULAR_SCHEMA = fileURLToPath(new URL('../../../tests/fixtures/hsds-3.0/tabular.json', import.meta.url));

/** The HSDS tabular schema: which tables, files and columns the standard has. */
export function loadTabularSchema(path = TABULAR_SCHEMA): HsdsTabular {
  return HsdsTabularSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Writes one CSV per table (header first, columns in the standard's order) and `datapackage.json`. */
export function writeTabularPackage(dir: string, schema: HsdsTabular, tables: Tables, now: Date): string[] {
  mkdirSync(dir, { recursive: true });
  const names = Object.keys(tables).filter((name) => (tables[name] ?? []).length > 0);
  for (const name of names) {
    const cols = columns(schema, name);
    writeFileSync(join(dir, fileOf(schema, name)), stringify(tables[name]!, { header: true, columns: cols, record_delimiter: 'windows' }));
  }
  writeFileSync(join(dir, 'datapackage.json'), `${JSON.stringify(dataPackage(schema, names, now), null, 2)}\n`);
  return [...names.map((n) => fileOf(schema, n)), 'datapackage.json'];
}

const DescriptorSchema = z.looseObject({ resources: z.array(z.looseObject({ name: z.string().optional(), path: z.string() })) });

/**
 * Reads a tabular package: `datapackage.json` says which CSV files it holds. A file that cannot be read as CSV
 * is one problem naming the file and line; its rows are then missing, so the import stops (or skips them).
 */
export function readTabularPackage(dir: string, schema: HsdsTabular): { tables: Tables; problems: string[] } {
  const descriptorPath = join(dir, 'datapackage.json');
  if (!existsSync(descriptorPath)) return { tables: {}, problems: [`${basename(dir)}: (folder): no datapackage.json, so this is not an HSDS tabular data package`] };
  let descriptor: z.infer<typeof DescriptorSchema>;
  try {
    descriptor = DescriptorSchema.parse(JSON.parse(readFileSync(descriptorPath, 'utf8')));
  } catch {
    return { tables: {}, problems: ['datapackage.json: (file): expected a data package with a list of "resources", each with a "path"'] };
  }
  const byFile = new Map(Object.keys(schema.properties).map((name) => [fileOf(schema, name), name]));
  const tables: Tables = {};
  const problems: string[] = [];
  for (const resource of descriptor.resources) {
    const name = byFile.get(resource.path);
    if (!name) continue; // a table the standard has but we do not read (programs.csv, …), or one of its own
    const file = join(dir, resource.path);
    if (!existsSync(file)) {
      problems.push(`${resource.path}: (file): named in datapackage.json but missing`);
      continue;
    }
    try {
      tables[name] = parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true, trim: false }) as Row[];
    } catch (error) {
      problems.push(`${resource.path}: (file): not readable as CSV (${error instanceof Error ? error.message : 'unknown'})`);
    }
  }
  return { tables, problems };
}
