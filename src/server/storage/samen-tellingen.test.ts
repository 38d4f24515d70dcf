import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { samenTellingen } from './samen-tellingen';
import { openSqliteDatabase } from './sqlite';

let dir: string;
let db: DatabaseSync;
const NOV = new Date('2026-11-23T10:00:00Z');
const DEC = new Date('2026-12-01T08:00:00Z');
const helper = { helperNaam: 'Fenna', helperRol: 'vrijwilliger', helperOrganisatie: '' };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-samen-'));
  db = openSqliteDatabase(dir);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('counts sent meldingen per month, per way of filling in and per dorpssteunpunt', () => {
  const tellingen = samenTellingen(db);
  tellingen.count({ invuller: { wie: 'samen', ...helper, dorpssteunpunt: 'Dorpssteunpunt Smilde' } }, NOV);
  tellingen.count({ invuller: { wie: 'samen', ...helper, dorpssteunpunt: 'Dorpssteunpunt Smilde' } }, NOV);
  tellingen.count({ invuller: { wie: 'namens', relatie: 'dochter', weetPersoon: 'ja' } }, NOV);
  tellingen.count({}, DEC);
  expect(tellingen.list(NOV)).toEqual([
    { maand: '2026-12', invuller: 'zelf', dorpssteunpunt: '', aantal: 1 },
    { maand: '2026-11', invuller: 'namens', dorpssteunpunt: '', aantal: 1 },
    { maand: '2026-11', invuller: 'samen', dorpssteunpunt: 'Dorpssteunpunt Smilde', aantal: 2 },
  ]);
});

test('leaves out months before `since`', () => {
  const tellingen = samenTellingen(db);
  tellingen.count({}, NOV);
  expect(tellingen.list(DEC)).toEqual([]);
});

test('stores only the month, the way of filling in, the dorpssteunpunt and the count', () => {
  samenTellingen(db).count({ invuller: { wie: 'samen', ...helper, dorpssteunpunt: 'Dorpssteunpunt Beilen' } }, NOV);
  expect(db.prepare('SELECT * FROM samen_tellingen').all()).toEqual([
    { maand: '2026-11', invuller: 'samen', dorpssteunpunt: 'Dorpssteunpunt Beilen', aantal: 1 },
  ]);
});
