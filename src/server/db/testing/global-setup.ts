import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { answers, DEFAULT_TEST_SERVER, startThrowawayCluster, type ThrowawayCluster } from './postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The database of this test run on PostgreSQL, or null when no PostgreSQL could be had (never in CI). */
    postgresUrl: string | null;
  }
}

/** The server to use: KRACHTWIJZER_TEST_DATABASE_URL, else the one on 127.0.0.1:5432, else a throwaway cluster. */
async function findServer(): Promise<{ url: string; cluster?: ThrowawayCluster } | undefined> {
  const configured = process.env.KRACHTWIJZER_TEST_DATABASE_URL;
  if (configured) {
    if (await answers(configured)) return { url: configured };
    throw new Error('KRACHTWIJZER_TEST_DATABASE_URL is set, but no PostgreSQL answers there.');
  }
  if (await answers(DEFAULT_TEST_SERVER)) return { url: DEFAULT_TEST_SERVER };
  const cluster = await startThrowawayCluster();
  return cluster ? { url: cluster.url, cluster } : undefined;
}

const withDatabase = (url: string, database: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

/**
 * Once per test run: a database of its own on PostgreSQL for the storage contract tests (each test then works in a
 * schema of its own there), dropped at the end. In CI a missing PostgreSQL fails the run: the engine is never skipped.
 */
export default async function setup(project: TestProject) {
  const server = await findServer();
  if (!server) {
    if (process.env.CI === 'true') {
      throw new Error('No PostgreSQL for the storage tests: set KRACHTWIJZER_TEST_DATABASE_URL, run one on 127.0.0.1:5432, or install Debian\'s postgresql (src/cli/setup.sh --tests does).');
    }
    console.warn('No PostgreSQL found: the storage contract tests run on SQLite only. Install Debian\'s postgresql to run them on both.');
    project.provide('postgresUrl', null);
    return;
  }
  const database = `krachtwijzer_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  project.provide('postgresUrl', withDatabase(server.url, database));
  return async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await client.end();
    server.cluster?.stop();
  };
}
