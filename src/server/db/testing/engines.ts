import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, inject, test } from 'vitest';
import type { Engine, EngineKind } from '../engine';
import { openPostgresEngine } from '../postgres';
import { openSqliteEngine } from '../sqlite';

/** What a contract test gets: the engine under test, fresh and migrated, and where it lives. */
export interface EngineUnderTest {
  kind: EngineKind;
  engine(): Engine;
  /** Another engine on the same database, as a second process or instance has. Closed after the test. */
  connectAgain(): Engine;
  /** The SQLite data directory (embedded engine only). */
  dataDir(): string;
}

/** An engine on an empty database per test: a temporary directory for SQLite, a schema of its own on PostgreSQL. */
function lifecycle(kind: EngineKind): EngineUnderTest {
  let current: Engine | undefined;
  let dir = '';
  let url = '';
  let schema = '';
  const extra: Engine[] = [];
  const open = () => (kind === 'sqlite' ? openSqliteEngine(dir) : openPostgresEngine(url));
  beforeEach(async () => {
    if (kind === 'sqlite') {
      dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-engine-'));
    } else {
      schema = `t_${randomBytes(6).toString('hex')}`;
      const base = new URL(inject('postgresUrl')!);
      const client = new pg.Client({ connectionString: base.toString() });
      await client.connect();
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.end();
      base.searchParams.set('options', `-c search_path=${schema}`);
      url = base.toString();
    }
    current = open();
    await current.ready;
  });
  afterEach(async () => {
    for (const engine of [current, ...extra.splice(0)]) await engine?.close();
    current = undefined;
    if (kind === 'sqlite') rmSync(dir, { recursive: true, force: true });
  });
  return {
    kind,
    engine: () => current!,
    connectAgain: () => {
      const engine = open();
      extra.push(engine);
      return engine;
    },
    dataDir: () => dir,
  };
}

/**
 * Runs the same suite on each engine: the contract every store keeps on both. Without PostgreSQL (outside CI only;
 * the global setup fails a CI run) the PostgreSQL half is reported as skipped, never left out in silence.
 */
export function forEachEngine(name: string, suite: (under: EngineUnderTest) => void): void {
  describe.each(['sqlite', 'postgres'] as const)(`${name} (%s)`, (kind) => {
    if (kind === 'postgres' && !inject('postgresUrl')) {
      test.skip('needs PostgreSQL (see src/server/db/testing/global-setup.ts)', () => undefined);
      return;
    }
    suite(lifecycle(kind));
  });
}
