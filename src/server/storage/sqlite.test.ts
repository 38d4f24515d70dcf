import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { SQLITE_MIGRATIONS as MIGRATIONS } from '../db/migrations/sqlite';
import { migrate, openSqliteDatabase } from './sqlite';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-sqlite-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Reads the database directly, as an outsider with the file would. */
function query(sql: string): unknown[] {
  const db = new DatabaseSync(join(dir, 'krachtwijzer.sqlite'), { readOnly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

describe('migrations on the synchronous handle', () => {
  test('records each migration once', () => {
    openSqliteDatabase(dir).close();
    expect(query('SELECT name FROM migrations ORDER BY rowid')).toEqual(MIGRATIONS.map((m) => ({ name: m.name })));
  });

  test('runs no migration twice when the database is opened again', () => {
    openSqliteDatabase(dir).close();
    openSqliteDatabase(dir).close();
    expect(query('SELECT COUNT(*) AS n FROM migrations')).toEqual([{ n: MIGRATIONS.length }]);
  });

  test('applies a migration added later, and only that one', () => {
    openSqliteDatabase(dir).close();
    const db = new DatabaseSync(join(dir, 'krachtwijzer.sqlite'));
    try {
      migrate(db, [...MIGRATIONS, { name: 'test-001-extra', sql: 'CREATE TABLE extra (id INTEGER PRIMARY KEY)' }]);
      expect(db.prepare('SELECT name FROM migrations ORDER BY rowid').all().map((r) => r.name)).toEqual([...MIGRATIONS.map((m) => m.name), 'test-001-extra']);
    } finally {
      db.close();
    }
  });
});

describe('the database file', () => {
  test('is readable for the owner only (0600)', () => {
    openSqliteDatabase(dir).close();
    expect((statSync(join(dir, 'krachtwijzer.sqlite')).mode & 0o777).toString(8)).toBe('600');
  });

  test('has a write-ahead log that is readable for the owner only (0600)', () => {
    const db = openSqliteDatabase(dir);
    try {
      db.exec('CREATE TABLE probe (id INTEGER PRIMARY KEY); INSERT INTO probe (id) VALUES (1);');
      expect((statSync(join(dir, 'krachtwijzer.sqlite-wal')).mode & 0o777).toString(8)).toBe('600');
    } finally {
      db.close();
    }
  });
});
