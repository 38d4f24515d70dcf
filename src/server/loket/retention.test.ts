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
import { applyRetention } from './retention';

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
});
