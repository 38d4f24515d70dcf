import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { lacuneRepository, MAX_TERMS_PER_DAY } from './lacunes';
import { openSqliteDatabase } from './sqlite';

let dir: string;
let db: DatabaseSync;
const NOW = new Date('2026-11-23T10:00:00Z');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-lacunes-'));
  db = openSqliteDatabase(dir);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('counts words of searches without results, most frequent first', () => {
  const lacunes = lacuneRepository(db);
  lacunes.count(['strijkservice'], NOW);
  lacunes.count(['buurtbus', 'strijkservice'], NOW);
  expect(lacunes.list(NOW)).toEqual([{ term: 'strijkservice', aantal: 2 }, { term: 'buurtbus', aantal: 1 }]);
});

test('stores only the word, the day and the count', () => {
  lacuneRepository(db).count(['inloophuis'], NOW);
  expect(db.prepare('SELECT * FROM zoek_lacunes').all()).toEqual([{ term: 'inloophuis', dag: '2026-11-23', aantal: 1 }]);
});

test('stops adding new words after the daily cap, but keeps counting known ones', () => {
  const lacunes = lacuneRepository(db, 3);
  lacunes.count(['aap', 'noot', 'mies'], NOW);
  lacunes.count(['nieuw', 'noot'], NOW);
  expect(lacunes.list(NOW)).toEqual([{ term: 'noot', aantal: 2 }, { term: 'aap', aantal: 1 }, { term: 'mies', aantal: 1 }]);
});

test('has a daily cap of a few thousand words', () => {
  expect(MAX_TERMS_PER_DAY).toBe(2000);
});
