import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createCipher } from '../crypto';
import { openSqliteDatabase } from '../storage/sqlite';
import { loketStore, type LoketStore } from '.';

const REF = 'KW-ABCD-EFGH';
const PLAN = { datum: '2026-12-10', tijd: '14:00', plek: 'Bij mevrouw thuis', gespreksvoerder: 'Ahmed' };

let dir: string, db: DatabaseSync, store: LoketStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kw-historie-'));
  db = openSqliteDatabase(dir);
  store = loketStore(db, createCipher(randomBytes(32)), 30);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('keeps every step in order, the planned gesprek included, after the melding is afgerond', () => {
  store.historie.record(REF, { soort: 'gesprek', plan: PLAN, at: '2026-12-01T09:00:00.000Z', door: 'a1' });
  store.historie.record(REF, { soort: 'status', status: 'gesprek-gepland', at: '2026-12-01T09:00:00.000Z', door: 'a1' });
  store.historie.record(REF, { soort: 'status', status: 'afgerond', at: '2026-12-10T15:00:00.000Z', door: 'a2' });
  expect(store.historie.list(REF)).toEqual([
    { soort: 'gesprek', plan: PLAN, at: '2026-12-01T09:00:00.000Z', door: 'a1' },
    { soort: 'status', status: 'gesprek-gepland', at: '2026-12-01T09:00:00.000Z', door: 'a1' },
    { soort: 'status', status: 'afgerond', at: '2026-12-10T15:00:00.000Z', door: 'a2' },
  ]);
});

test('stores the plan encrypted: the address is not in the database as text', () => {
  store.historie.record(REF, { soort: 'gesprek', plan: PLAN, at: '2026-12-01T09:00:00.000Z' });
  expect(JSON.stringify(db.prepare('SELECT * FROM loket_historie').all())).not.toContain('mevrouw');
});

test('deleting a melding\'s content deletes its planned gesprekken and keeps the statuses', () => {
  db.prepare("INSERT INTO meldingen (referentie, schema_version, verstuurd_op, data, created_at) VALUES (?, 1, '2026-11-01', 'x', '2026-11-01')").run(REF);
  store.historie.record(REF, { soort: 'gesprek', plan: PLAN, at: '2026-12-01T09:00:00.000Z' });
  store.historie.record(REF, { soort: 'status', status: 'afgerond', at: '2026-12-10T15:00:00.000Z' });
  store.behandeling.deleteContent(REF, new Date('2027-12-01T00:00:00Z'));
  expect(store.historie.list(REF)).toEqual([{ soort: 'status', status: 'afgerond', at: '2026-12-10T15:00:00.000Z' }]);
});
