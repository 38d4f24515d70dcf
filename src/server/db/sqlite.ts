import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { Kysely, sql, SqliteDialect, type SqliteDatabase } from 'kysely';
import { z } from 'zod';
import { StorageError } from '../errors';
import { answersMigrated, type Engine } from './engine';
import { pending, type Migration } from './migration';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';
import type { Tables } from './tables';

export const SQLITE_FILE = 'krachtwijzer.sqlite';

/** Opens (and creates) the embedded database file in `dataDir`, readable by this user alone, durable on every commit. */
export function openSqliteFile(dataDir: string): DatabaseSync {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, SQLITE_FILE);
  const db = new DatabaseSync(file);
  chmodSync(file, 0o600); // the WAL and shared-memory files take the same mode
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;');
  return db;
}

/**
 * Applies the migrations this database has not recorded yet, in order, each in its own transaction. The write lock
 * (BEGIN IMMEDIATE) is taken before looking again, so two processes starting together apply each migration once.
 */
export function migrateSqlite(db: DatabaseSync, migrations: readonly Migration[]): void {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = () => new Set(z.array(z.object({ name: z.string() })).parse(db.prepare('SELECT name FROM migrations').all()).map((r) => r.name));
  for (const migration of pending(migrations, applied())) {
    db.exec('BEGIN IMMEDIATE');
    try {
      if (!applied().has(migration.name)) {
        db.exec(migration.sql);
        db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)').run(migration.name, new Date().toISOString());
      }
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw new StorageError(`Migration ${migration.name} failed`, { cause: error });
    }
  }
}

/** Kysely's SQLite dialect expects better-sqlite3's shape; node:sqlite has the same calls with spread parameters. */
function asKyselyDatabase(db: DatabaseSync): SqliteDatabase {
  // The queries of the stores are few and fixed: prepare each once (bounded, in case a query is built per call).
  const statements = new Map<string, StatementSync>();
  const prepare = (text: string) => {
    let statement = statements.get(text);
    if (!statement) {
      if (statements.size >= 500) statements.clear();
      statement = db.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };
  return {
    close: () => db.close(),
    prepare(text) {
      const statement = prepare(text);
      const args = (parameters: readonly unknown[]) => parameters as SQLInputValue[];
      return {
        reader: statement.columns().length > 0,
        all: (parameters) => statement.all(...args(parameters)),
        run: (parameters) => statement.run(...args(parameters)),
        iterate: (parameters) => statement.iterate(...args(parameters)),
      };
    },
  };
}

/**
 * The embedded engine: the SQLite file in the data directory, on a connection of its own. Stores that still use the
 * older synchronous handle work on another connection to the same file, so a transaction here never takes in their
 * statements; SQLite's file lock keeps the two apart. Until they have moved, a write of theirs that lands between
 * the statements of a transaction here waits for the lock with the event loop blocked, and fails after busy_timeout;
 * transactions here are therefore kept to a few statements with nothing but their own queries in between.
 */
export function openSqliteEngine(dataDir: string, migrations: readonly Migration[] = SQLITE_MIGRATIONS): Engine {
  const handle = openSqliteFile(dataDir);
  const ready = Promise.resolve().then(() => migrateSqlite(handle, migrations));
  ready.catch(() => undefined); // reported through `ready`, queries and healthy(); never an unhandled rejection
  const db = new Kysely<Tables>({
    dialect: new SqliteDialect({
      database: async () => {
        await ready;
        return asKyselyDatabase(handle);
      },
    }),
  });
  let closing: Promise<void> | undefined;
  return {
    kind: 'sqlite',
    db,
    ready,
    // One connection: the builder hands it to one caller at a time, so the transaction holds it from BEGIN to COMMIT.
    // IMMEDIATE takes the write lock at the start, so a transaction that reads first cannot be refused at its write.
    transaction: (work) => db.connection().execute(async (connection) => {
      await sql`BEGIN IMMEDIATE`.execute(connection);
      try {
        const result = await work(connection);
        await sql`COMMIT`.execute(connection);
        return result;
      } catch (error) {
        if (handle.isTransaction) await sql`ROLLBACK`.execute(connection);
        throw error;
      }
    }),
    healthy: () => answersMigrated(db),
    close() {
      closing ??= (async () => {
        await ready.catch(() => undefined);
        await db.destroy();
        if (handle.isOpen) handle.close();
      })();
      return closing;
    },
  };
}
