import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { draftNamensMetVeiligheid, draftSamenMetNetwerk, draftZelfHuishouden } from '../../../tests/fixtures/meldingen';
import { buildMelding } from '@/domain/melding/versturen';
import { createCipher } from '../crypto';
import { SQLITE_FILE } from '../db/sqlite';
import { backupSqlite, postgresBackupInstructions, restoreSqlite } from './backup';
import { openSqliteRepository } from './sqlite';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const LATER = new Date('2026-12-23T10:00:00.000Z');
const DRAFTS = [draftSamenMetNetwerk, draftZelfHuishouden, draftNamensMetVeiligheid];
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
const referentie = (i: number) => `KW-TEST-${ALPHABET[Math.floor(i / ALPHABET.length)]}${ALPHABET[i % ALPHABET.length]}22`;
const sessie = (i: number) => `${i.toString(16).padStart(4, '0')}${'b'.repeat(60)}`;

let root: string;
let key: Buffer;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kw-backup-'));
  key = randomBytes(32);
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

async function portalWithMeldingen(count: number) {
  const repository = openSqliteRepository(join(root, 'data'), createCipher(key));
  const sent = [];
  for (let i = 0; i < count; i += 1) {
    const melding = buildMelding(DRAFTS[i % DRAFTS.length]!, { referentie: referentie(i), verstuurdOp: NOW, taal: 'nl' });
    expect(await repository.sendMelding(sessie(i), melding, NOW, LATER)).toBe(true);
    sent.push(await repository.getMelding(referentie(i)));
  }
  return { repository, sent };
}

test('a backup made while the portal runs restores into a fresh data directory, and every melding reads back with the key', async () => {
  const { repository, sent } = await portalWithMeldingen(30);
  const file = join(root, 'backup.sqlite');
  const backup = backupSqlite(join(root, 'data'), file);
  expect(backup).toEqual({ ok: true, file, bytes: statSync(file).size });
  // A melding sent after the backup is not in it: the copy is one moment's snapshot.
  await repository.sendMelding(sessie(99), buildMelding(draftZelfHuishouden, { referentie: referentie(99), verstuurdOp: NOW, taal: 'nl' }), NOW, LATER);
  await repository.close();

  const fresh = join(root, 'hersteld');
  expect(restoreSqlite(file, fresh, createCipher(key))).toEqual({ ok: true, file: join(fresh, SQLITE_FILE), meldingen: 30 });
  expect((statSync(join(fresh, SQLITE_FILE)).mode & 0o777).toString(8)).toBe('600');
  const restored = openSqliteRepository(fresh, createCipher(key));
  for (let i = 0; i < 30; i += 1) expect(await restored.getMelding(referentie(i))).toEqual(sent[i]);
  expect(await restored.getMelding(referentie(99))).toBeUndefined();
  await restored.close();
});

test('the backup is readable by its owner alone, holds no content as text, and never overwrites a file', async () => {
  const { repository } = await portalWithMeldingen(3);
  const file = join(root, 'backup.sqlite');
  expect(backupSqlite(join(root, 'data'), file).ok).toBe(true);
  expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
  expect(readFileSync(file).toString('latin1')).not.toContain(draftSamenMetNetwerk.contact!.naam);
  const before = readFileSync(file);
  expect(backupSqlite(join(root, 'data'), file)).toEqual({ ok: false, error: `${file} exists already: a backup never overwrites a file. Choose a new name.` });
  expect(readFileSync(file).equals(before)).toBe(true);
  await repository.close();
});

test('says what is wrong with a bad path, and leaves no file behind', async () => {
  const { repository } = await portalWithMeldingen(1);
  const data = join(root, 'data');
  expect(backupSqlite(data, join(root, 'nergens', 'backup.sqlite'))).toEqual({ ok: false, error: `The directory ${join(root, 'nergens')} does not exist: create it first, or choose another place.` });
  expect(backupSqlite(data, '')).toMatchObject({ ok: false, error: expect.stringContaining('Give the file') });
  writeFileSync(join(root, 'bestand'), '');
  expect(backupSqlite(data, join(root, 'bestand', 'backup.sqlite'))).toEqual({ ok: false, error: `${join(root, 'bestand')} is not a directory.` });
  expect(backupSqlite(join(root, 'leeg'), join(root, 'x.sqlite'))).toMatchObject({ ok: false, error: expect.stringContaining('There is no database') });
  if (process.getuid?.() !== 0) {
    mkdirSync(join(root, 'dicht'));
    chmodSync(join(root, 'dicht'), 0o500);
    expect(backupSqlite(data, join(root, 'dicht', 'backup.sqlite'))).toEqual({ ok: false, error: `Cannot write to ${join(root, 'dicht')}: permission denied.` });
  }
  await repository.close();
});

test('a restore refuses another key, a file that is no backup, and a data directory that has a database', async () => {
  const { repository } = await portalWithMeldingen(2);
  await repository.close();
  const file = join(root, 'backup.sqlite');
  expect(backupSqlite(join(root, 'data'), file).ok).toBe(true);
  const fresh = join(root, 'hersteld');
  expect(restoreSqlite(file, fresh, createCipher(randomBytes(32)))).toMatchObject({ ok: false, error: expect.stringContaining('cannot be read with the configured key') });
  writeFileSync(join(root, 'tekst.sqlite'), 'geen database');
  expect(restoreSqlite(join(root, 'tekst.sqlite'), fresh, createCipher(key))).toMatchObject({ ok: false, error: expect.stringContaining('is not a database backup') });
  expect(restoreSqlite(join(root, 'bestaat-niet.sqlite'), fresh, createCipher(key))).toMatchObject({ ok: false, error: expect.stringContaining('There is no backup') });
  expect(restoreSqlite(file, join(root, 'data'), createCipher(key))).toMatchObject({ ok: false, error: expect.stringContaining('exists already') });
  // Every encrypted value is checked, not only the meldingen.
  const other = join(root, 'ander.sqlite');
  copyFileSync(file, other);
  const db = new DatabaseSync(other);
  db.prepare('UPDATE drafts SET data = ? WHERE session_key = ?').run(createCipher(randomBytes(32)).encrypt('{}', `draft:${sessie(1)}`), sessie(1));
  db.close();
  expect(restoreSqlite(other, fresh, createCipher(key))).toMatchObject({ ok: false, error: expect.stringContaining('A value in drafts.data in the backup cannot be read') });
  // A refused restore leaves the directory as it was.
  expect(existsSync(join(fresh, SQLITE_FILE))).toBe(false);
  expect(restoreSqlite(file, fresh, createCipher(key)).ok).toBe(true);
});

test('with PostgreSQL: the commands of PostgreSQL\'s own tools, with the address from the environment', () => {
  const text = postgresBackupInstructions("/backups/kw dump's.dump");
  expect(text).toContain(`pg_dump --format=custom --no-owner --no-privileges --file='/backups/kw dump'\\''s.dump' "$KRACHTWIJZER_DATABASE_URL"`);
  expect(text).toContain('pg_restore');
  expect(text).toContain('umask 077');
});
