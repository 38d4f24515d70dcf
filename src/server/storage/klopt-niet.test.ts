import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createCipher } from '../crypto';
import { kloptNietRepository } from './klopt-niet';
import { openSqliteDatabase } from './sqlite';

let dir: string;
let db: DatabaseSync;
const NOW = new Date('2026-11-23T10:00:00Z');
const SERVICE = '11111111-1111-4111-8111-111111111111';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-klopt-niet-'));
  db = openSqliteDatabase(dir);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('keeps reports per service for the beheerder', () => {
  const repo = kloptNietRepository(db, createCipher(randomBytes(32)));
  repo.add(SERVICE, { watKloptNiet: 'Het nummer is veranderd.', contact: '' }, NOW);
  expect(repo.list(SERVICE)).toEqual([{ report: { watKloptNiet: 'Het nummer is veranderd.', contact: '' }, createdAt: NOW.toISOString() }]);
});

test('writes what was reported, contact included, only encrypted', () => {
  kloptNietRepository(db, createCipher(randomBytes(32))).add(SERVICE, { watKloptNiet: 'Geheimzinnig', contact: 'jan@example.nl' }, NOW);
  db.exec('PRAGMA wal_checkpoint(FULL)');
  const bytes = readFileSync(join(dir, 'krachtwijzer.sqlite')).toString('latin1');
  expect([bytes.includes('Geheimzinnig'), bytes.includes('jan@example.nl')]).toEqual([false, false]);
});

test('lists every report newest first, and leaves out handled ones when asked', () => {
  const repo = kloptNietRepository(db, createCipher(randomBytes(32)));
  repo.add(SERVICE, { watKloptNiet: 'Eerste', contact: '' }, NOW);
  repo.add(SERVICE, { watKloptNiet: 'Tweede', contact: 'bel 0612345678' }, new Date('2026-11-24T10:00:00Z'));
  const { items, total } = repo.page({ open: false, page: 1 });
  expect([total, items.map((i) => i.report.watKloptNiet)]).toEqual([2, ['Tweede', 'Eerste']]);
  expect(repo.markAfgehandeld(items[1]!.id, 'beheer@example.nl', NOW)).toBe(true);
  expect(repo.page({ open: true, page: 1 }).items.map((i) => i.report.watKloptNiet)).toEqual(['Tweede']);
  expect(repo.page({ open: false, page: 1 }).items[1]).toMatchObject({ afgehandeldOp: NOW.toISOString(), afgehandeldDoor: 'beheer@example.nl' });
});

test('marks a report as handled only once', () => {
  const repo = kloptNietRepository(db, createCipher(randomBytes(32)));
  repo.add(SERVICE, { watKloptNiet: 'Eerste', contact: '' }, NOW);
  const [report] = repo.page({ open: true, page: 1 }).items;
  expect([repo.markAfgehandeld(report!.id, 'a@example.nl', NOW), repo.markAfgehandeld(report!.id, 'b@example.nl', NOW), repo.markAfgehandeld(999, 'a@example.nl', NOW)])
    .toEqual([true, false, false]);
});
