import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { forEachEngine } from '../db/testing/engines';
import { kloptNietLimit } from './klopt-niet-limit';

const NOW = new Date('2026-11-23T10:00:00Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const times = <T>(n: number, f: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => f(i)));

forEachEngine('klopt-niet limit', ({ kind, engine, connectAgain }) => {
  test('allows 5 reports per address per hour, then again after the hour', async () => {
    const limit = kloptNietLimit(engine());
    const answers: boolean[] = [];
    for (let i = 0; i < 6; i++) answers.push(await limit.allow('192.0.2.1', NOW));
    expect(answers).toEqual([true, true, true, true, true, false]);
    expect(await limit.allow('192.0.2.2', NOW)).toBe(true);
    expect(await limit.allow('192.0.2.1', later(61))).toBe(true);
  });

  test('holds across a restart', async () => {
    const first = connectAgain();
    for (let i = 0; i < 5; i++) await kloptNietLimit(first).allow('192.0.2.1', NOW);
    await first.close();
    expect(await kloptNietLimit(engine()).allow('192.0.2.1', later(1))).toBe(false);
  });

  test('holds across two connections to the same database, as two server processes have', async () => {
    const a = kloptNietLimit(engine());
    const b = kloptNietLimit(connectAgain());
    const answers: boolean[] = [];
    for (let i = 0; i < 6; i++) answers.push(await (i % 2 === 0 ? a : b).allow('192.0.2.1', NOW));
    expect(answers).toEqual([true, true, true, true, true, false]);
  });

  test('lets exactly 5 through when asked many times at once', async () => {
    // Two PostgreSQL connections in one test process stand for two instances. Two SQLite connections in one
    // process would wait on each other's file lock with the event loop blocked, so there one engine is asked at once.
    const a = kloptNietLimit(engine());
    const b = kind === 'postgres' ? kloptNietLimit(connectAgain()) : a;
    const answers = await times(12, (i) => (i % 2 === 0 ? a : b).allow('192.0.2.1', NOW));
    expect(answers.filter(Boolean)).toHaveLength(5);
  });

  test('caps all reports together as well', async () => {
    const limit = kloptNietLimit(engine(), { perAddress: 5, overall: 3, windowMs: 3_600_000 });
    const answers: boolean[] = [];
    for (const address of ['a', 'b', 'c', 'd']) answers.push(await limit.allow(address, NOW));
    expect(answers).toEqual([true, true, true, false]);
  });

  test('stores a hash of the address, never the address', async () => {
    await kloptNietLimit(engine()).allow('192.0.2.1', NOW);
    const { rows } = await sql`SELECT * FROM klopt_niet_limiet`.execute(engine().db);
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain('192.0.2.1');
  });
});
