import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, test } from 'vitest';
import { createCipher } from '../crypto';
import { forEachEngine } from '../db/testing/engines';
import { loketStore, type LoketStore } from '.';
import { applyRetention, retentionDay } from './retention';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-03-03T09:30:00.000Z');
const later = (days: number) => new Date(NOW.getTime() + days * DAY);
const REF = 'KW-ABCD-2345';
const PLAN = { datum: '2026-03-10', tijd: '14:00', plek: 'Bij mevrouw thuis', gespreksvoerder: 'Ahmed' };
const cipher = createCipher(randomBytes(32));

forEachEngine('retention', ({ engine }) => {
  let store: LoketStore;
  beforeEach(async () => {
    store = loketStore(engine(), cipher, 30);
    await engine().db.insertInto('meldingen')
      .values({ referentie: REF, schema_version: 1, verstuurd_op: NOW.toISOString(), data: 'versleuteld', created_at: NOW.toISOString() }).execute();
  });
  const stored = async () => (await engine().db.selectFrom('meldingen').select('referentie').execute()).map((r) => r.referentie);

  test('keeps a melding that is not afgerond, however old', async () => {
    await store.behandeling.setStatus(REF, 'in-behandeling', NOW);
    expect(await applyRetention(store, 12, later(1000))).toEqual([]);
    expect(await stored()).toEqual([REF]);
  });
  test('keeps an afgeronde melding until its months have passed', async () => {
    await store.behandeling.setStatus(REF, 'afgerond', NOW);
    expect(await applyRetention(store, 12, later(360))).toEqual([]);
    expect(await stored()).toEqual([REF]);
  });
  test('deletes the content after the months, and keeps the status and the audit trail without content', async () => {
    await store.behandeling.setStatus(REF, 'afgerond', NOW);
    await store.behandeling.addNote(REF, 'x', 'Geheime notitie', NOW);
    await store.behandeling.planGesprek(REF, PLAN, NOW);
    await store.behandeling.setUitkomst(REF, { soorten: ['netwerk'], toelichting: 'Goed gesprek' }, NOW);
    await store.audit.write({ actor: 'mw@gemeente.nl', action: 'melding-bekeken', referentie: REF }, NOW);
    expect(await applyRetention(store, 12, later(370))).toEqual([REF]);
    expect(await stored()).toEqual([]);
    expect(await store.behandeling.referenties()).toEqual([]);
    expect(await store.behandeling.notes(REF)).toEqual([]);
    expect(await store.behandeling.details(REF)).toEqual({ gesprek: undefined, uitkomst: undefined });
    expect((await store.behandeling.get(REF)).status).toBe('afgerond');
    expect((await store.audit.list({ pagina: 1, referentie: REF })).entries.map((e) => e.action)).toEqual(['melding-verwijderd', 'melding-bekeken']);
    // With nothing left to delete it is not due again: the next run neither deletes nor logs it twice.
    expect(await applyRetention(store, 12, later(371))).toEqual([]);
    expect((await store.audit.list({ pagina: 1, actie: 'melding-verwijderd' })).total).toBe(1);
  });
  test('records the automatic deletion by bewaartermijn, with that as its reason', async () => {
    await store.behandeling.setStatus(REF, 'afgerond', NOW);
    await applyRetention(store, 12, later(370));
    expect((await store.audit.list({ pagina: 1, actie: 'melding-verwijderd' })).entries).toMatchObject([
      { actor: 'bewaartermijn', referentie: REF, subject: 'reden: bewaartermijn' }]);
  });
});

describe('the day the retention command applies (npm run loket -- bewaartermijn --op)', () => {
  test('is today without --op', () => {
    expect(retentionDay(undefined, NOW, true)).toEqual({ ok: true, at: NOW });
  });
  test('may be a later day outside production, to test retention end to end', () => {
    expect(retentionDay('2027-04-01', NOW, false)).toEqual({ ok: true, at: new Date('2027-04-01T12:00:00.000Z') });
  });
  test('may be an earlier day in production: that deletes less', () => {
    expect(retentionDay('2026-01-01', NOW, true).ok).toBe(true);
  });
  test('refuses a later day in production, which would delete meldingen before their term', () => {
    expect(retentionDay('2027-04-01', NOW, true)).toEqual({ ok: false,
      error: '--op 2027-04-01 is in the future: refused with NODE_ENV=production, as it would delete meldingen before their term' });
  });
  test('refuses what is not a date', () => {
    expect(retentionDay('2027-02-30', NOW, false)).toEqual({ ok: false, error: '--op 2027-02-30: write the date as YYYY-MM-DD, e.g. 2027-12-01' });
  });
});
