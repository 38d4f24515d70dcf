import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { beforeEach, expect, test } from 'vitest';
import { createCipher } from '../crypto';
import { forEachEngine } from '../db/testing/engines';
import { loketStore, type LoketStore } from '.';

const REF = 'KW-ABCD-EFGH';
const PLAN = { datum: '2026-12-10', tijd: '14:00', plek: 'Bij mevrouw thuis', gespreksvoerder: 'Ahmed' };
const cipher = createCipher(randomBytes(32));

forEachEngine('werkplek history', ({ engine }) => {
  let store: LoketStore;
  beforeEach(() => {
    store = loketStore(engine(), cipher, 30);
  });
  const addMelding = (referentie: string) => engine().db.insertInto('meldingen')
    .values({ referentie, schema_version: 1, verstuurd_op: '2026-11-01T00:00:00.000Z', data: 'x', created_at: '2026-11-01T00:00:00.000Z' }).execute();

  test('keeps every step in order, the planned gesprek included, after the melding is afgerond', async () => {
    await store.historie.record(REF, { soort: 'gesprek', plan: PLAN, at: '2026-12-01T09:00:00.000Z', door: 'a1' });
    await store.historie.record(REF, { soort: 'status', status: 'gesprek-gepland', at: '2026-12-01T09:00:00.000Z', door: 'a1' });
    await store.historie.record(REF, { soort: 'toegewezen', aan: 'a2', at: '2026-12-02T09:00:00.000Z', door: 'a1' });
    await store.historie.record(REF, { soort: 'toegewezen', at: '2026-12-03T09:00:00.000Z' });
    await store.historie.record(REF, { soort: 'status', status: 'afgerond', at: '2026-12-10T15:00:00.000Z', door: 'a2' });
    await store.historie.record('KW-ANDE-RE23', { soort: 'status', status: 'afgerond', at: '2026-12-10T15:00:00.000Z' });
    expect(await store.historie.list(REF)).toEqual([
      { soort: 'gesprek', plan: PLAN, at: '2026-12-01T09:00:00.000Z', door: 'a1' },
      { soort: 'status', status: 'gesprek-gepland', at: '2026-12-01T09:00:00.000Z', door: 'a1' },
      { soort: 'toegewezen', aan: 'a2', at: '2026-12-02T09:00:00.000Z', door: 'a1' },
      { soort: 'toegewezen', at: '2026-12-03T09:00:00.000Z' },
      { soort: 'status', status: 'afgerond', at: '2026-12-10T15:00:00.000Z', door: 'a2' },
    ]);
  });

  test('stores the plan encrypted: the address is not in the database as text', async () => {
    await store.historie.record(REF, { soort: 'gesprek', plan: PLAN, at: '2026-12-01T09:00:00.000Z' });
    const { rows } = await sql`SELECT * FROM loket_historie`.execute(engine().db);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('mevrouw');
  });

  test('deleting a melding\'s content deletes its planned gesprekken and keeps the statuses', async () => {
    await addMelding(REF);
    await store.historie.record(REF, { soort: 'gesprek', plan: PLAN, at: '2026-12-01T09:00:00.000Z' });
    await store.historie.record(REF, { soort: 'status', status: 'afgerond', at: '2026-12-10T15:00:00.000Z' });
    await store.behandeling.deleteContent(REF, new Date('2027-12-01T00:00:00Z'));
    expect(await store.historie.list(REF)).toEqual([{ soort: 'status', status: 'afgerond', at: '2026-12-10T15:00:00.000Z' }]);
  });

  test('the database itself takes the plans out of the history when a melding is deleted, whatever deletes it', async () => {
    await addMelding(REF);
    await addMelding('KW-ANDE-RE23');
    await store.historie.record(REF, { soort: 'gesprek', plan: PLAN, at: '2026-12-01T09:00:00.000Z' });
    await store.historie.record('KW-ANDE-RE23', { soort: 'gesprek', plan: PLAN, at: '2026-12-01T09:00:00.000Z' });
    await sql`DELETE FROM meldingen WHERE referentie = ${REF}`.execute(engine().db);
    expect([await store.historie.list(REF), (await store.historie.list('KW-ANDE-RE23')).length]).toEqual([[], 1]);
  });
});
