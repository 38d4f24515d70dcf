import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';

/**
 * Validators for the official HSDS 3.0 JSON Schemas (copied in tests/fixtures/hsds-3.0 with their licence).
 * The schemas carry their own documentation keywords (core, constraints, example, …), so strict mode is off;
 * the formats they use are checked here.
 */
const DIR = fileURLToPath(new URL('../../../tests/fixtures/hsds-3.0/', import.meta.url));
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat('date-time', (v: string) => !Number.isNaN(Date.parse(v)));
ajv.addFormat('uri', /^https?:\/\/\S+$/);
ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(join(DIR, file), 'utf8')), file);
}

/** The problems of `data` against HSDS schema `name` (e.g. "service.json"); empty when it conforms. */
export function hsdsProblems(name: string, data: unknown): string[] {
  const validate = ajv.getSchema(name);
  if (!validate) throw new Error(`no HSDS schema ${name}`);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
