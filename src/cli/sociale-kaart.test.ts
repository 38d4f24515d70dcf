import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, test } from 'vitest';

/** The command itself, as `npm run sociale-kaart` runs it (the same Node, the same flags). */
const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['sociale-kaart']!;
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [...script.split(' ').slice(1), ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
let exported: string;

beforeAll(() => {
  exported = mkdtempSync(join(tmpdir(), 'kw-cli-export-'));
  expect(run('export', exported).code).toBe(0);
}, 60_000);

describe('npm run sociale-kaart with a tabular package', () => {
  test('export writes the JSON files, the CSV files and datapackage.json', () => {
    expect(readdirSync(exported)).toEqual(expect.arrayContaining(['services.json', 'services.csv', 'phones.csv', 'attributes.csv', 'datapackage.json']));
  });

  test('import of the package writes one YAML file per organisation', () => {
    const out = mkdtempSync(join(tmpdir(), 'kw-cli-import-'));
    const { code, out: stdout } = run('import', exported, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Imported 49 services of 13 organisations/);
    expect(readdirSync(out)).toHaveLength(13);
  }, 30_000);

  test('one invalid row: nothing is imported and the row is named; --skip-invalid imports the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kw-cli-bad-'));
    for (const f of readdirSync(exported)) writeFileSync(join(dir, f), readFileSync(join(exported, f)));
    const rows = parse(readFileSync(join(dir, 'services.csv')), { columns: true }) as Record<string, string>[];
    rows[4]!.name = '';
    writeFileSync(join(dir, 'services.csv'), stringify(rows, { header: true }));

    const out = mkdtempSync(join(tmpdir(), 'kw-cli-out-'));
    const refused = run('import', join(dir, 'datapackage.json'), '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('services.csv row 6: name: fill this in');
    expect(refused.err).toContain('nothing imported');
    expect(readdirSync(out)).toEqual([]);

    const skipped = run('import', dir, '--skip-invalid', '--out', out);
    expect(skipped.code).toBe(0);
    expect(skipped.out).toMatch(/^Imported 48 services/);
  }, 30_000);
});
