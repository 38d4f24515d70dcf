import type { DatabaseSync } from 'node:sqlite';
import type { Cipher } from '../crypto';
import { SQLITE_MIGRATIONS } from '../db/migrations/sqlite';
import { migrateSqlite, openSqliteEngine, openSqliteFile } from '../db/sqlite';
import { engineRepository } from './drafts-meldingen';
import type { Migration } from './migrations';
import type { Repository } from './repository';

/** Applies the migrations this database has not seen yet, in order, each in its own transaction. */
export function migrate(db: DatabaseSync, migrations: readonly Migration[] = SQLITE_MIGRATIONS): void {
  migrateSqlite(db, migrations);
}

/** The embedded database: one SQLite file in the data directory, through node:sqlite, migrated. */
export function openSqliteDatabase(dataDir: string): DatabaseSync {
  const db = openSqliteFile(dataDir);
  migrate(db);
  return db;
}

/** The journey's repository on the embedded engine in `dataDir`, for tools and tests; closing it closes the engine. */
export function openSqliteRepository(dataDir: string, cipher: Cipher): Repository {
  return engineRepository(openSqliteEngine(dataDir), cipher);
}
