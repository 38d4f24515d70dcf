import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { draftSamenMetNetwerk } from '../../../tests/fixtures/meldingen';
import type { Draft } from '@/domain/melding/draft';
import { buildMelding } from '@/domain/melding/versturen';
import { createCipher } from '../crypto';
import { forEachEngine } from '../db/testing/engines';
import { StorageError } from '../errors';
import { engineRepository } from '../storage/drafts-meldingen';
import { CLAIM_MS, outboxStore } from './outbox';

const NOW = new Date('2026-12-01T09:30:00.000Z');
const LATER = new Date('2026-12-31T09:30:00.000Z');
const KEY = 'a'.repeat(64);
const metBevestiging: Draft = { ...draftSamenMetNetwerk, contact: { ...draftSamenMetNetwerk.contact!, bevestigingPerEmail: true } };
const melding = (draft: Draft, referentie = 'KW-ABCD-2345') => buildMelding(draft, { referentie, verstuurdOp: NOW, taal: 'nl' });
const cipher = createCipher(randomBytes(32));

forEachEngine('the mail outbox', ({ engine, connectAgain }) => {
  const outbox = () => outboxStore(engine(), cipher);
  const rows = async () => (await sql`SELECT kind, referentie, recipient, payload, status FROM mail_outbox ORDER BY id`.execute(engine().db)).rows;
  const enqueue = (draft: Draft, at = NOW) => engine().transaction((trx) => outbox().enqueueForMelding(trx, melding(draft), at));

  describe('filled by sending a melding', () => {
    test('queues the loket notice in the transaction that stores the melding', async () => {
      const store = outbox();
      const repository = engineRepository(engine(), cipher, { stored: (trx, m, at) => store.enqueueForMelding(trx, m, at) });
      expect(await repository.sendMelding(KEY, melding(draftSamenMetNetwerk), NOW, LATER)).toBe(true);
      expect(await rows()).toEqual([{ kind: 'loket-nieuwe-melding', referentie: 'KW-ABCD-2345', recipient: null, status: 'wachtend',
        payload: JSON.stringify({ kern: 'Westerbork', verstuurdOp: NOW.toISOString(), taal: 'nl' }) }]);
    });

    test('stores neither the melding nor its mail when queueing fails', async () => {
      const store = outbox();
      const repository = engineRepository(engine(), cipher, {
        async stored(trx, m, at) {
          await store.enqueueForMelding(trx, m, at);
          throw new Error('disk full');
        },
      });
      await expect(repository.sendMelding(KEY, melding(draftSamenMetNetwerk), NOW, LATER)).rejects.toThrow(StorageError);
      expect(await repository.getMelding('KW-ABCD-2345')).toBeUndefined();
      expect(await rows()).toEqual([]);
    });

    test('queues nothing for a reference that is taken', async () => {
      const store = outbox();
      const repository = engineRepository(engine(), cipher, { stored: (trx, m, at) => store.enqueueForMelding(trx, m, at) });
      await repository.sendMelding(KEY, melding(draftSamenMetNetwerk), NOW, LATER);
      expect(await repository.sendMelding('b'.repeat(64), melding(metBevestiging), NOW, LATER)).toBe(false);
      expect(await rows()).toHaveLength(1);
    });
  });

  test('queues no confirmation for an inwoner who did not ask for one', async () => {
    await enqueue(draftSamenMetNetwerk);
    expect((await outbox().due(NOW)).map((m) => m.kind)).toEqual(['loket-nieuwe-melding']);
  });

  test('queues the confirmation when asked, with the address encrypted at rest', async () => {
    await enqueue(metBevestiging);
    const stored = JSON.stringify(await rows());
    expect(stored).not.toContain('h.bakker');
    expect(stored).not.toContain('example.nl');
    expect((await outbox().due(NOW)).find((m) => m.kind === 'inwoner-bevestiging')?.recipient).toBe('h.bakker@example.nl');
  });

  test('removes the address once the confirmation is sent', async () => {
    await enqueue(metBevestiging);
    const bevestiging = (await outbox().claim(NOW)).find((m) => m.kind === 'inwoner-bevestiging')!;
    await outbox().markSent(bevestiging.id, NOW);
    expect((await rows()).map((r) => (r as { recipient: unknown }).recipient)).toEqual([null, null]);
  });

  test('removes the address when a confirmation finally fails, and keeps the failure visible', async () => {
    await enqueue(metBevestiging);
    const bevestiging = (await outbox().claim(NOW)).find((m) => m.kind === 'inwoner-bevestiging')!;
    await outbox().markFailed(bevestiging.id, 'EENVELOPE 550', NOW);
    expect((await rows()).map((r) => (r as { recipient: unknown }).recipient)).toEqual([null, null]);
    expect(await outbox().summary()).toEqual({ wachtend: 1, mislukt: 1, oudsteWachtend: NOW.toISOString(),
      laatsteMislukt: [{ id: bevestiging.id, kind: 'inwoner-bevestiging', referentie: 'KW-ABCD-2345', attempts: 1, error: 'EENVELOPE 550' }] });
  });

  test('a row copied under another melding does not decrypt', async () => {
    await enqueue(metBevestiging);
    await sql`UPDATE mail_outbox SET referentie = 'KW-ZZZZ-2345'`.execute(engine().db);
    await expect(outbox().due(NOW)).rejects.toThrow();
  });

  test('deletes sent mails done before a date, and only those', async () => {
    await enqueue(metBevestiging);
    const [notice] = await outbox().claim(NOW);
    await outbox().markSent(notice!.id, NOW);
    expect([await outbox().deleteSentBefore(new Date(NOW.getTime() - 1)), await outbox().deleteSentBefore(NOW)]).toEqual([0, 1]);
    expect((await rows()).map((r) => (r as { kind: unknown }).kind)).toEqual(['inwoner-bevestiging']);
  });

  describe('claims', () => {
    test('a claimed mail is not handed out again while the claim lasts, and taken again once it ran out', async () => {
      await enqueue(metBevestiging);
      expect((await outbox().claim(NOW)).map((m) => m.kind)).toEqual(['loket-nieuwe-melding', 'inwoner-bevestiging']);
      const other = outboxStore(connectAgain(), cipher);
      expect(await other.claim(new Date(NOW.getTime() + CLAIM_MS - 1))).toEqual([]);
      // The first worker died without releasing its claim: another takes the mails over.
      expect((await other.claim(new Date(NOW.getTime() + CLAIM_MS))).map((m) => m.kind)).toEqual(['loket-nieuwe-melding', 'inwoner-bevestiging']);
    });

    test('a retry releases the claim: the mail is taken again when it is due, not before', async () => {
      await enqueue(draftSamenMetNetwerk);
      const [notice] = await outbox().claim(NOW);
      await outbox().markRetry(notice!.id, 'ECONNECTION', new Date(NOW.getTime() + 60_000));
      expect(await outbox().claim(new Date(NOW.getTime() + 59_999))).toEqual([]);
      expect((await outbox().claim(new Date(NOW.getTime() + 60_000))).map((m) => m.attempts)).toEqual([1]);
    });

    test('two workers claiming at once on the same database each get different mails', async () => {
      for (let i = 0; i < 12; i++) await enqueue(metBevestiging);
      const a = outboxStore(engine(), cipher);
      const b = outboxStore(connectAgain(), cipher);
      const claimed = (await Promise.all([a.claim(NOW, 5), b.claim(NOW, 5), a.claim(NOW, 5), b.claim(NOW, 5), a.claim(NOW, 5)])).flat().map((m) => m.id);
      expect(claimed).toHaveLength(24);
      expect(new Set(claimed).size).toBe(24);
    });
  });
});
