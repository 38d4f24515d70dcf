import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { draftSamenMetNetwerk, draftZelfHuishouden } from '../../tests/fixtures/meldingen';
import { buildMelding } from '@/domain/melding/versturen';
import { createCipher, keyId } from '@/server/crypto';
import { openSqliteRepository } from '@/server/storage/sqlite';

// The commands as an operator runs them: `npm run loket -- …`, its script run with this Node.

const NOW = new Date('2026-11-23T10:00:00.000Z');
const LATER = new Date('2026-12-23T10:00:00.000Z');
const REFS = ['KW-ABCD-2345', 'KW-ABCD-2346', 'KW-ABCD-2347', 'KW-ABCD-2348', 'KW-ABCD-2349'];
const a = randomBytes(32);
const b = randomBytes(32);
let root: string;

function loket(args: string[], env: Record<string, string>) {
  const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.loket!;
  const [, ...nodeArgs] = script.split(' ');
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('KRACHTWIJZER_')));
  const result = spawnSync(process.execPath, [...nodeArgs, ...args], { env: { ...clean, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

async function readAll(dataDir: string, key: Buffer) {
  const repository = openSqliteRepository(dataDir, createCipher(key));
  try {
    return await Promise.all(REFS.map((r) => repository.getMelding(r)));
  } finally {
    await repository.close();
  }
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kw-onderhoud-'));
  const repository = openSqliteRepository(join(root, 'data'), createCipher(a));
  for (const [i, referentie] of REFS.entries()) {
    const melding = buildMelding(i % 2 ? draftZelfHuishouden : draftSamenMetNetwerk, { referentie, verstuurdOp: NOW, taal: 'nl' });
    await repository.sendMelding(`${i}${'k'.repeat(63)}`, melding, NOW, LATER);
  }
  await repository.close();
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

test('sleutel roteer, backup and herstel, in the order an operator uses them', { timeout: 120_000 }, async () => {
  const data = join(root, 'data');
  const before = await readAll(data, a);
  expect(before.every((m) => m !== undefined)).toBe(true);
  const keys = { KRACHTWIJZER_DATA_DIR: data, KRACHTWIJZER_ENCRYPTION_KEYS: `${b.toString('base64')},${a.toString('base64')}` };

  const status = loket(['sleutel', 'status'], keys);
  expect(status.status).toBe(0);
  expect(status.out).toContain('meldingen.data: 5 not yet under the current key');

  const rotation = loket(['sleutel', 'roteer'], keys);
  expect(rotation.status).toBe(0);
  expect(rotation.out).toContain(`Current key: ${keyId(b)}`);
  expect(rotation.out).toContain('meldingen.data: 5 of 5 re-encrypted, done');
  expect(rotation.out).toContain('drafts.data: 5 of 5 re-encrypted, done');
  expect(await readAll(data, b)).toEqual(before);

  const onlyB = { KRACHTWIJZER_DATA_DIR: data, KRACHTWIJZER_ENCRYPTION_KEY: b.toString('base64') };
  const file = join(root, 'backup.sqlite');
  const backup = loket(['backup', file], onlyB);
  expect([backup.status, backup.out]).toEqual([0, expect.stringContaining(`Backup written: ${file}`)]);
  expect((statSync(file).mode & 0o777).toString(8)).toBe('600');

  const fresh = join(root, 'hersteld');
  const restore = loket(['herstel', file], { ...onlyB, KRACHTWIJZER_DATA_DIR: fresh });
  expect([restore.status, restore.out]).toEqual([0, expect.stringContaining('5 meldingen; every encrypted value reads with the configured key')]);
  expect(await readAll(fresh, b)).toEqual(before);
});

test('with PostgreSQL, backup prints the pg_dump and pg_restore commands and exits with 2', { timeout: 60_000 }, () => {
  const result = loket(['backup', 'kw.dump'], { KRACHTWIJZER_DATABASE_URL: 'postgres://kw:geheim@db.gemeente.nl/kw', KRACHTWIJZER_ENCRYPTION_KEY: b.toString('base64') });
  expect(result.status).toBe(2);
  expect(result.out).toContain('pg_dump --format=custom');
  expect(result.out).toContain('pg_restore');
  expect(result.out).not.toContain('geheim');
});

test('a command without what it needs shows the usage and exits with 2', { timeout: 60_000 }, () => {
  const result = loket(['sleutel'], { KRACHTWIJZER_DATA_DIR: join(root, 'data'), KRACHTWIJZER_ENCRYPTION_KEY: b.toString('base64') });
  expect(result.status).toBe(2);
  expect(result.err).toContain('npm run loket -- sleutel roteer');
});
