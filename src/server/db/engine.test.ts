import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { openPostgresEngine } from './postgres';
import { openSqliteEngine } from './sqlite';
import { POSTGRES_MIGRATIONS } from './migrations/postgres';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';
import { forEachEngine } from './testing/engines';

const NOW = '2026-11-23T10:00:00.000Z';

forEachEngine('storage engine', ({ kind, engine, connectAgain }) => {
  const names = (kind === 'sqlite' ? SQLITE_MIGRATIONS : POSTGRES_MIGRATIONS).map((m) => m.name);
  const recorded = async () => (await sql<{ name: string }>`SELECT name FROM migrations ORDER BY name`.execute(engine().db)).rows.map((r) => r.name);

  test('records each migration once, also when several instances start together', async () => {
    await Promise.all([connectAgain().ready, connectAgain().ready, connectAgain().ready]);
    expect(await recorded()).toEqual([...names].sort());
  });

  test('stores all of a transaction, or none of it', async () => {
    await engine().transaction(async (trx) => {
      await trx.insertInto('zoek_lacunes').values({ term: 'a', dag: '2026-11-23', aantal: 1 }).execute();
      await trx.insertInto('zoek_lacunes').values({ term: 'b', dag: '2026-11-23', aantal: 1 }).execute();
    });
    await expect(engine().transaction(async (trx) => {
      await trx.insertInto('zoek_lacunes').values({ term: 'c', dag: '2026-11-23', aantal: 1 }).execute();
      throw new Error('halfway');
    })).rejects.toThrow('halfway');
    const rows = await engine().db.selectFrom('zoek_lacunes').select('term').orderBy('term').execute();
    expect(rows.map((r) => r.term)).toEqual(['a', 'b']);
  });

  test('reads a time back as the ISO string it stored, and a row id as a number', async () => {
    await engine().db.insertInto('klopt_niet').values({ service_id: 's', data: 'x', created_at: NOW }).execute();
    const row = await engine().db.selectFrom('klopt_niet').select(['id', 'created_at', 'afgehandeld_op']).executeTakeFirstOrThrow();
    expect(row).toEqual({ id: 1, created_at: NOW, afgehandeld_op: null });
  });

  test('says it is healthy, and not once closed', async () => {
    const other = connectAgain();
    expect(await other.healthy()).toBe(true);
    await other.close();
    expect(await other.healthy()).toBe(false);
  });
});

test('a migration that fails leaves nothing half done, and the engine says it is not healthy', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-engine-'));
  const broken = openSqliteEngine(dir, [...SQLITE_MIGRATIONS, { name: 'test-001-broken', sql: 'CREATE TABLE extra (id INTEGER); NOT SQL' }]);
  await expect(broken.ready).rejects.toThrow('Migration test-001-broken failed');
  expect(await broken.healthy()).toBe(false);
  await broken.close();
  const again = openSqliteEngine(dir);
  await again.ready;
  expect((await sql`SELECT name FROM sqlite_master WHERE name = 'extra'`.execute(again.db)).rows).toEqual([]);
  await again.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a PostgreSQL that does not answer: not healthy, and queries fail instead of hanging', async () => {
  const down = openPostgresEngine('postgres://postgres@127.0.0.1:1/none');
  await expect(down.ready).rejects.toThrow();
  expect(await down.healthy()).toBe(false);
  await down.close();
});
