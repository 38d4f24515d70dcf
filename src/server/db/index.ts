import type { Engine } from './engine';
import { openPostgresEngine } from './postgres';
import { openSqliteEngine } from './sqlite';

export type { Engine, EngineKind, TransactionOptions } from './engine';
export type { Tables } from './tables';

/** Where the data lives: the embedded file in the data directory, or a PostgreSQL database. */
export type EngineOptions = { kind: 'sqlite'; dataDir: string } | { kind: 'postgres'; url: string };

/** Opens the engine and starts its migrations; queries wait for them. */
export function openEngine(options: EngineOptions): Engine {
  return options.kind === 'postgres' ? openPostgresEngine(options.url) : openSqliteEngine(options.dataDir);
}
