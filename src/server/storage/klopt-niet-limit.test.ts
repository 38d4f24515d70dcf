import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { kloptNietLimit } from './klopt-niet-limit';
import { openSqliteDatabase } from './sqlite';

let dir: string;
const open: DatabaseSync[] = [];
const NOW = new Date('2026-11-23T10:00:00Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const connect = () => {
  const db = openSqliteDatabase(dir);
  open.push(db);
  return db;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-limiet-'));
});
afterEach(() => {
  for (const db of open.splice(0)) if (db.isOpen) db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('allows 5 reports per address per hour, then again after the hour', () => {
  const limit = kloptNietLimit(connect());
  expect(Array.from({ length: 6 }, () => limit.allow('192.0.2.1', NOW))).toEqual([true, true, true, true, true, false]);
  expect(limit.allow('192.0.2.2', NOW)).toBe(true);
  expect(limit.allow('192.0.2.1', later(61))).toBe(true);
});

test('holds across a restart', () => {
  const first = connect();
  for (let i = 0; i < 5; i++) kloptNietLimit(first).allow('192.0.2.1', NOW);
  first.close();
  expect(kloptNietLimit(connect()).allow('192.0.2.1', later(1))).toBe(false);
});

test('holds across two connections to the same database, as two server processes have', () => {
  const a = kloptNietLimit(connect());
  const b = kloptNietLimit(connect());
  const answers = Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? a : b).allow('192.0.2.1', NOW));
  expect(answers).toEqual([true, true, true, true, true, false]);
});

test('caps all reports together as well', () => {
  const limit = kloptNietLimit(connect(), { perAddress: 5, overall: 3, windowMs: 3_600_000 });
  expect(['a', 'b', 'c', 'd'].map((address) => limit.allow(address, NOW))).toEqual([true, true, true, false]);
});

test('stores a hash of the address, never the address', () => {
  const db = connect();
  kloptNietLimit(db).allow('192.0.2.1', NOW);
  expect(JSON.stringify(db.prepare('SELECT * FROM klopt_niet_limiet').all())).not.toContain('192.0.2.1');
});
