import { z } from 'zod';

/**
 * The HSDS 3.0 tabular data package (https://docs.openreferral.org/en/v3.0/): one CSV file per table plus a
 * Frictionless `datapackage.json`. The tables, their files and their columns come from the official compiled
 * schema `schema/compiled/tabular.json` (passed in), so nothing here restates the standard. Rows are plain
 * string records; reading and writing CSV happens in server/.
 */

const FieldSchema = z.looseObject({
  name: z.string(), type: z.string(), title: z.string().optional(), description: z.string().optional(), format: z.string().optional(),
  datapackage_type: z.string().optional(), enum: z.array(z.string()).optional(), items: z.looseObject({ $ref: z.string().optional() }).optional(),
});
const TableSchema = z.looseObject({
  name: z.string(), path: z.string(), description: z.string().optional(), required: z.array(z.string()).default([]),
  datapackage_metadata: z.looseObject({ format: z.string(), mediatype: z.string(), profile: z.string(), order: z.number() }),
  properties: z.record(z.string(), FieldSchema),
});
/** What we read of HSDS `schema/compiled/tabular.json`. */
export const HsdsTabularSchema = z.looseObject({ properties: z.record(z.string(), z.looseObject({ items: TableSchema })) });
export type HsdsTabular = z.infer<typeof HsdsTabularSchema>;
type Table = z.infer<typeof TableSchema>;

/** One CSV row: column → text ('' when empty). */
export type Row = Record<string, string>;
/** Rows per HSDS table name (service, phone, …). */
export type Tables = Record<string, Row[]>;

/** A nested object held in one field, and the table it belongs in. */
const NESTED_OBJECTS: Record<string, string> = { organization: 'organization', location: 'location', taxonomy_term: 'taxonomy_term' };

const table = (schema: HsdsTabular, name: string): Table => {
  const t = schema.properties[name]?.items;
  if (!t) throw new Error(`HSDS tabular schema has no table ${name}`);
  return t;
};
/** The columns of a table, in the standard's order (nested lists are tables of their own). */
export const columns = (schema: HsdsTabular, name: string) =>
  Object.values(table(schema, name).properties).filter((f) => f.type !== 'array').map((f) => f.name);
/** The CSV file of a table, e.g. services.csv. */
export const fileOf = (schema: HsdsTabular, name: string) => table(schema, name).path;

const cell = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/**
 * Nested HSDS records (services with their phones, locations, attributes, …; organizations; taxonomies) as rows
 * per table. A record that appears more than once (an organization with several services) is written once.
 */
export function flattenHsds(schema: HsdsTabular, records: { table: string; record: Record<string, unknown> }[]): Tables {
  const tables: Tables = {};
  const seen = new Set<string>();
  const walk = (name: string, record: Record<string, unknown>) => {
    const t = table(schema, name);
    const key = `${name}:${cell(record.id)}`;
    if (!seen.has(key)) {
      seen.add(key);
      (tables[name] ??= []).push(Object.fromEntries(columns(schema, name).map((c) => [c, cell(record[c])])));
    }
    for (const [field, value] of Object.entries(record)) {
      const ref = t.properties[field]?.items?.$ref?.replace(/\.json$/, '');
      if (Array.isArray(value) && ref) for (const item of value) walk(ref, item as Record<string, unknown>);
      const nested = NESTED_OBJECTS[field];
      if (nested && value && typeof value === 'object' && !Array.isArray(value)) walk(nested, value as Record<string, unknown>);
    }
  };
  for (const { table: name, record } of records) walk(name, record);
  return tables;
}

/** The Frictionless descriptor (datapackage.json) of the tables written, with the standard's field definitions. */
export function dataPackage(schema: HsdsTabular, tables: readonly string[], created: Date) {
  const resources = tables.map((name) => table(schema, name)).sort((a, b) => a.datapackage_metadata.order - b.datapackage_metadata.order).map((t) => ({
    name: t.name, path: t.path, ...(t.description ? { description: t.description } : {}),
    format: t.datapackage_metadata.format, mediatype: t.datapackage_metadata.mediatype, encoding: 'utf-8', profile: t.datapackage_metadata.profile,
    schema: {
      fields: Object.values(t.properties).filter((f) => f.type !== 'array').map((f) => ({
        name: f.name, type: f.datapackage_type ?? f.type, ...(f.title ? { title: f.title } : {}), ...(f.description ? { description: f.description } : {}),
        ...(f.format && !f.datapackage_type ? { format: f.format } : {}),
        constraints: { ...(f.name === 'id' ? { unique: true } : {}), ...(t.required.includes(f.name) ? { required: true } : {}), ...(f.enum ? { enum: f.enum } : {}) },
      })),
      primaryKey: 'id',
    },
  }));
  return { name: 'krachtwijzer-sociale-kaart', title: 'Hulp in de buurt (Open Referral HSDS 3.0)', profile: 'tabular-data-package',
    created: created.toISOString(), resources };
}

/** One problem with a cell: "services.csv row 3: assured_date: …". Row 1 is the header, as in a spreadsheet. */
export const atRow = (file: string, index: number, field: string) => `${file} row ${index + 2}: ${field}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FORMATS: Record<string, [RegExp, string]> = {
  uuid: [UUID, 'must be a UUID, e.g. 4f1c2b0e-8a7d-4c3e-9b1a-2d5e6f7a8b9c'],
  email: [/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'write an e-mail address like info@example.nl'],
  uri: [/^https?:\/\/\S+$/, 'write a web address that starts with https://'],
  date: [/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD'],
};

/** The problems of one row against the standard's column definitions: formats, numbers, allowed values, an id. */
export function rowProblems(schema: HsdsTabular, name: string, row: Row, index: number): string[] {
  const t = table(schema, name);
  const at = (field: string) => atRow(t.path, index, field);
  const problems = row.id ? [] : [`${at('id')}: fill this in`];
  for (const f of Object.values(t.properties)) {
    const v = row[f.name] ?? '';
    if (v === '' || f.type === 'array') continue;
    const format = FORMATS[f.datapackage_type === 'date' ? 'date' : f.format ?? ''];
    if (format && !format[0].test(v)) problems.push(`${at(f.name)}: ${format[1]}`);
    if (f.type === 'number' && !Number.isFinite(Number(v))) problems.push(`${at(f.name)}: write a number, e.g. 3 or 2.50`);
    if (f.enum && !f.enum.includes(v)) problems.push(`${at(f.name)}: use one of: ${f.enum.join(', ')}`);
  }
  return problems;
}

/** A row as a record: empty cells left out, numbers as numbers. */
export function typedRow(schema: HsdsTabular, name: string, row: Row): Record<string, unknown> {
  const fields = table(schema, name).properties;
  return Object.fromEntries(Object.entries(row).filter(([k, v]) => v !== '' && fields[k])
    .map(([k, v]) => [k, fields[k]!.type === 'number' ? Number(v) : v]));
}
