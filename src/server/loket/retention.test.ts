import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { draftSamenMetNetwerk } from '../../../tests/fixtures/meldingen';
import { buildMelding } from '@/domain/melding/versturen';
import { createCipher } from '../crypto';
import { openSqliteDatabase, sqliteRepository } from '../storage/sqlite';
import type { Repository } from '../storage/repository';
import { loketStore, type LoketStore } from '.';
import { applyRetention, retentionDay } from './retention';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-03-03T09:30:00.000Z');
const later = (days: number) => new Date(NOW.getTime() + days * DAY);

let dir: string, db: DatabaseSync, store: LoketStore, repository: Repository;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kw-retention-'));
  db = openSqliteDatabase(dir);
  const cipher = createCipher(randomBytes(32));
  store = loketStore(db, cipher, 30);
  repository = sqliteRepository(db, cipher);
  await repository.sendMelding('a'.repeat(64), buildMelding(draftSamenMetNetwerk, { referentie: 'KW-ABCD-2345', verstuurdOp: NOW, taal: 'nl' }), NOW, later(30));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('retention', () => {
  test('keeps a melding that is not afgerond, however old', async () => {
    store.behandeling.setStatus('KW-ABCD-2345', 'in-behandeling', NOW);
    expect(applyRetention(store, 12, later(1000))).toEqual([]);
    expect(await repository.getMelding('KW-ABCD-2345')).toBeDefined();
  });
  test('keeps an afgeronde melding until its months have passed', async () => {
    store.behandeling.setStatus('KW-ABCD-2345', 'afgerond', NOW);
    expect(applyRetention(store, 12, later(360))).toEqual([]);
    expect(await repository.getMelding('KW-ABCD-2345')).toBeDefined();
  });
  test('deletes the content after the months, and keeps the audit trail without content', async () => {
    store.behandeling.setStatus('KW-ABCD-2345', 'afgerond', NOW);
    store.behandeling.addNote('KW-ABCD-2345', 'x', 'Geheime notitie', NOW);
    store.audit.write({ actor: 'mw@gemeente.nl', action: 'melding-bekeken', referentie: 'KW-ABCD-2345' }, NOW);
    expect(applyRetention(store, 12, later(370))).toEqual(['KW-ABCD-2345']);
    expect(await repository.getMelding('KW-ABCD-2345')).toBeUndefined();
    expect(store.behandeling.notes('KW-ABCD-2345')).toEqual([]);
    expect(store.audit.list({ pagina: 1, referentie: 'KW-ABCD-2345' }).entries.map((e) => e.action)).toEqual(['melding-verwijderd', 'melding-bekeken']);
  });
  test('records the automatic deletion by bewaartermijn, with that as its reason', () => {
    store.behandeling.setStatus('KW-ABCD-2345', 'afgerond', NOW);
    applyRetention(store, 12, later(370));
    expect(store.audit.list({ pagina: 1, actie: 'melding-verwijderd' }).entries).toMatchObject([
      { actor: 'bewaartermijn', referentie: 'KW-ABCD-2345', subject: 'reden: bewaartermijn' }]);
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
