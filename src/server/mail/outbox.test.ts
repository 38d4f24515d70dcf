import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { draftSamenMetNetwerk } from '../../../tests/fixtures/meldingen';
import type { Draft } from '@/domain/melding/draft';
import { buildMelding } from '@/domain/melding/versturen';
import { createCipher } from '../crypto';
import { StorageError } from '../errors';
import { openSqliteDatabase, sqliteRepository } from '../storage/sqlite';
import { outboxStore, type OutboxStore } from './outbox';

const NOW = new Date('2026-12-01T09:30:00.000Z');
const LATER = new Date('2026-12-31T09:30:00.000Z');
const KEY = 'a'.repeat(64);
const metBevestiging: Draft = { ...draftSamenMetNetwerk, contact: { ...draftSamenMetNetwerk.contact!, bevestigingPerEmail: true } };
const melding = (draft: Draft, referentie = 'KW-ABCD-2345') => buildMelding(draft, { referentie, verstuurdOp: NOW, taal: 'nl' });

let dir: string, db: DatabaseSync, outbox: OutboxStore;
const cipher = createCipher(randomBytes(32));
const rows = () => db.prepare('SELECT kind, referentie, recipient, payload, status FROM mail_outbox ORDER BY id').all();
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kw-outbox-'));
  db = openSqliteDatabase(dir);
  outbox = outboxStore(db, cipher);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the outbox, filled by sending a melding', () => {
  test('queues the loket notice in the transaction that stores the melding', async () => {
    const repository = sqliteRepository(db, cipher, (m, at) => outbox.enqueueForMelding(m, at));
    expect(await repository.sendMelding(KEY, melding(draftSamenMetNetwerk), NOW, LATER)).toBe(true);
    expect(rows()).toEqual([{ kind: 'loket-nieuwe-melding', referentie: 'KW-ABCD-2345', recipient: null, status: 'wachtend',
      payload: JSON.stringify({ kern: 'Westerbork', verstuurdOp: NOW.toISOString(), taal: 'nl' }) }]);
  });

  test('stores neither the melding nor its mail when queueing fails', async () => {
    const repository = sqliteRepository(db, cipher, (m, at) => {
      outbox.enqueueForMelding(m, at);
      throw new Error('disk full');
    });
    await expect(repository.sendMelding(KEY, melding(draftSamenMetNetwerk), NOW, LATER)).rejects.toThrow(StorageError);
    expect(await repository.getMelding('KW-ABCD-2345')).toBeUndefined();
    expect(rows()).toEqual([]);
  });

  test('queues nothing for a reference that is taken', async () => {
    const repository = sqliteRepository(db, cipher, (m, at) => outbox.enqueueForMelding(m, at));
    await repository.sendMelding(KEY, melding(draftSamenMetNetwerk), NOW, LATER);
    expect(await repository.sendMelding('b'.repeat(64), melding(metBevestiging), NOW, LATER)).toBe(false);
    expect(rows()).toHaveLength(1);
  });

  test('queues no confirmation for an inwoner who did not ask for one', () => {
    outbox.enqueueForMelding(melding(draftSamenMetNetwerk), NOW);
    expect(outbox.due(NOW).map((m) => m.kind)).toEqual(['loket-nieuwe-melding']);
  });

  test('queues the confirmation when asked, with the address encrypted at rest', () => {
    outbox.enqueueForMelding(melding(metBevestiging), NOW);
    const stored = JSON.stringify(rows());
    expect(stored).not.toContain('h.bakker');
    expect(stored).not.toContain('example.nl');
    expect(outbox.due(NOW).find((m) => m.kind === 'inwoner-bevestiging')?.recipient).toBe('h.bakker@example.nl');
  });

  test('removes the address once the confirmation is sent', () => {
    outbox.enqueueForMelding(melding(metBevestiging), NOW);
    const bevestiging = outbox.due(NOW).find((m) => m.kind === 'inwoner-bevestiging')!;
    outbox.markSent(bevestiging.id, NOW);
    expect(rows().map((r) => (r as { recipient: unknown }).recipient)).toEqual([null, null]);
  });

  test('removes the address when a confirmation finally fails, and keeps the failure visible', () => {
    outbox.enqueueForMelding(melding(metBevestiging), NOW);
    const bevestiging = outbox.due(NOW).find((m) => m.kind === 'inwoner-bevestiging')!;
    outbox.markFailed(bevestiging.id, 'EENVELOPE 550', NOW);
    expect(rows().map((r) => (r as { recipient: unknown }).recipient)).toEqual([null, null]);
    expect(outbox.summary()).toEqual({ wachtend: 1, mislukt: 1, oudsteWachtend: NOW.toISOString(),
      laatsteMislukt: [{ id: bevestiging.id, kind: 'inwoner-bevestiging', referentie: 'KW-ABCD-2345', attempts: 1, error: 'EENVELOPE 550' }] });
  });

  test('a row copied under another melding does not decrypt', () => {
    outbox.enqueueForMelding(melding(metBevestiging), NOW);
    db.exec("UPDATE mail_outbox SET referentie = 'KW-ZZZZ-2345'");
    expect(() => outbox.due(NOW)).toThrow();
  });
});
