import { dropTestDatabase, TestDatabaseSchema } from './postgres-database';

/** Drops the database of a browser-test run on PostgreSQL (see playwright.config.ts). */
export default async function teardown(): Promise<void> {
  const json = process.env.E2E_DATABASE;
  if (json) await dropTestDatabase(TestDatabaseSchema.parse(JSON.parse(json)));
}
