/**
 * A PostgreSQL database of its own for one browser-test run on the PostgreSQL engine (E2E_ENGINE=postgres).
 *
 *   node --experimental-transform-types src/cli/run.mjs tests/postgres-database.ts create   prints {"url": …} on stdout
 *   … tests/postgres-database.ts drop '<that JSON>'
 *
 * The server is KRACHTWIJZER_TEST_DATABASE_URL, else the one on 127.0.0.1:5432, else a throwaway cluster started here
 * (it runs on after this process ends and is stopped by `drop`). The Playwright config calls `create` synchronously:
 * the portal it starts and the CLI the tests use must know the address before anything runs.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { z } from 'zod';
import { answers, DEFAULT_TEST_SERVER, startThrowawayCluster, stopThrowawayCluster } from '../src/server/db/testing/postgres-server';

export const TestDatabaseSchema = z.object({ url: z.string(), serverUrl: z.string(), clusterDir: z.string().optional() });
export type TestDatabase = z.infer<typeof TestDatabaseSchema>;

async function create(): Promise<TestDatabase> {
  const configured = process.env.KRACHTWIJZER_TEST_DATABASE_URL;
  let serverUrl = configured ?? DEFAULT_TEST_SERVER;
  let clusterDir: string | undefined;
  if (!configured && !(await answers(serverUrl))) {
    const cluster = await startThrowawayCluster();
    if (!cluster) throw new Error('No PostgreSQL for the browser tests on PostgreSQL: src/cli/setup.sh --tests installs it.');
    serverUrl = cluster.url;
    clusterDir = cluster.dir;
  }
  const database = `krachtwijzer_e2e_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${database}`);
  await client.end();
  const url = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
  return { url, serverUrl, ...(clusterDir ? { clusterDir } : {}) };
}

export async function dropTestDatabase(database: TestDatabase): Promise<void> {
  const client = new pg.Client({ connectionString: database.serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${new URL(database.url).pathname.slice(1)} WITH (FORCE)`);
  await client.end();
  if (database.clusterDir) stopThrowawayCluster(database.clusterDir);
}

// Run as a command (through src/cli/run.mjs, which resolves the project's imports), not when imported.
if (process.argv[1]?.endsWith('postgres-database.ts')) {
  const [command, json] = process.argv.slice(2);
  if (command === 'create') {
    console.info(JSON.stringify(await create()));
  } else if (command === 'drop' && json) {
    await dropTestDatabase(TestDatabaseSchema.parse(JSON.parse(json)));
  } else {
    console.error('usage: tests/postgres-database.ts create | drop <json>');
    process.exit(2);
  }
}
