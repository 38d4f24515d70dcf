import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { StorageError } from '../errors';
import { answersMigrated, type Engine } from './engine';
import { pending, type Migration } from './migration';
import { POSTGRES_MIGRATIONS } from './migrations/postgres';
import type { Tables } from './tables';

/** The key of the advisory lock under which one instance at a time runs the migrations ("kwmg" in ASCII). */
const MIGRATION_LOCK = 0x6b776d67;

const BIGINT = 20;
const TIMESTAMPTZ = 1184;

/**
 * Read the way the embedded engine reads: bigint (ids, counts, sums) as a number, timestamptz as an ISO string in
 * UTC. Numbers here stay far below 2^53: row ids, counts, milliseconds since 1970.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === BIGINT) return (value: string) => Number(value);
    if (oid === TIMESTAMPTZ) {
      const parse = pg.types.getTypeParser(TIMESTAMPTZ) as (value: string) => Date;
      return (value: string) => parse(value).toISOString();
    }
    return format ? pg.types.getTypeParser(oid, format) : pg.types.getTypeParser(oid);
  }) as typeof pg.types.getTypeParser,
};

/**
 * Applies the migrations this database has not recorded yet, each in its own transaction, holding a session advisory
 * lock so that of several instances starting together one migrates and the others wait, then find nothing to do.
 */
export async function migratePostgres(pool: pg.Pool, migrations: readonly Migration[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)');
      const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations');
      for (const migration of pending(migrations, new Set(rows.map((r) => r.name)))) {
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO migrations (name, applied_at) VALUES ($1, now())', [migration.name]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new StorageError(`Migration ${migration.name} failed`, { cause: error });
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

/** PostgreSQL through a pool of `pg` connections, for one or several instances of the portal on one database. */
export function openPostgresEngine(url: string, migrations: readonly Migration[] = POSTGRES_MIGRATIONS): Engine {
  const pool = new pg.Pool({ connectionString: url, types, max: 10, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 });
  // A connection that breaks while idle (database restarted) is dropped by the pool; without a listener it would end the process.
  pool.on('error', (error) => {
    console.error(JSON.stringify({ event: 'database-connection-lost', error: error.name }));
  });
  const ready = migratePostgres(pool, migrations);
  ready.catch(() => undefined); // reported through `ready`, queries and healthy(); never an unhandled rejection
  const db = new Kysely<Tables>({
    dialect: new PostgresDialect({
      pool: async () => {
        await ready;
        return pool;
      },
    }),
  });
  let closing: Promise<void> | undefined;
  return {
    kind: 'postgres',
    db,
    ready,
    transaction: (work, options) => db.transaction().execute(async (trx) => {
      if (options?.exclusive) await sql`SELECT pg_advisory_xact_lock(hashtext(${options.exclusive}))`.execute(trx);
      return work(trx);
    }),
    healthy: () => answersMigrated(db),
    close() {
      closing ??= (async () => {
        await ready.catch(() => undefined);
        await db.destroy();
        if (!pool.ended) await pool.end();
      })();
      return closing;
    },
  };
}
