import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { draftSamenMetNetwerk, draftZelfHuishouden } from '../../../tests/fixtures/meldingen';
import type { Draft } from '@/domain/melding/draft';
import { buildMelding } from '@/domain/melding/versturen';
import { createCipher, type Cipher } from '../crypto';
import { openSqliteEngine } from '../db/sqlite';
import { loketStore } from '../loket';
import { outboxStore } from '../mail/outbox';
import { kloptNietStore } from '../stores/klopt-niet';
import { codeHasher, deriveCodeSecret } from '../verder/hash';
import { verderStore } from '../verder/store';
import { engineRepository } from './drafts-meldingen';
import { openSqliteDatabase } from './sqlite';
import { pendingRotation, rotateKeys } from './versleuteld';

// Every store that encrypts writes through its own code under key A; after the rotation each reads its values back
// with key B alone. This holds the list of encrypted columns to the context strings the stores really use.

const NOW = new Date('2026-11-23T10:00:00.000Z');
const LATER = new Date('2026-12-23T10:00:00.000Z');
const SESSIE = 'c'.repeat(64);
const REF = 'KW-ABCD-2345';
const PLAN = { datum: '2026-12-10', tijd: '14:00', plek: 'Bij mevrouw thuis', gespreksvoerder: 'Ahmed' };
const metBevestiging: Draft = { ...draftSamenMetNetwerk, contact: { ...draftSamenMetNetwerk.contact!, bevestigingPerEmail: true } };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kw-rotatie-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The stores of the portal on this data directory, with one cipher. */
function stores(cipher: Cipher) {
  const db = openSqliteDatabase(dir);
  const engine = openSqliteEngine(dir);
  const outbox = outboxStore(engine, cipher);
  return {
    db, engine, outbox,
    repository: engineRepository(engine, cipher, { stored: (trx, m, at) => outbox.enqueueForMelding(trx, m, at) }),
    loket: loketStore(engine, cipher, 30),
    verder: verderStore(engine, cipher, codeHasher(deriveCodeSecret(randomBytes(32)))),
    kloptNiet: kloptNietStore(engine, cipher),
    async close() {
      await engine.close();
      db.close();
    },
  };
}

test('after a rotation every store reads its encrypted values with the new key alone', async () => {
  const a = randomBytes(32);
  const b = randomBytes(32);
  const before = stores(createCipher(a));
  await before.repository.saveDraft(SESSIE, draftZelfHuishouden, NOW, LATER);
  expect(await before.repository.sendMelding('d'.repeat(64), buildMelding(metBevestiging, { referentie: REF, verstuurdOp: NOW, taal: 'nl' }), NOW, LATER)).toBe(true);
  const account = (await before.loket.accounts.add('medewerker@gemeente.nl', 'loketmedewerker', 'een lange zin als wachtwoord', NOW))!;
  await before.loket.accounts.setPendingTotp(account.id, 'JBSWY3DPEHPK3PXP');
  await before.loket.behandeling.planGesprek(REF, PLAN, NOW);
  await before.loket.behandeling.setUitkomst(REF, { soorten: ['netwerk'], toelichting: 'Folder meegegeven' }, NOW);
  await before.loket.behandeling.addNote(REF, account.id, 'Belt terug na de vakantie', NOW);
  await before.loket.historie.record(REF, { soort: 'gesprek', plan: PLAN, at: NOW.toISOString() });
  await before.verder.addPlan(REF, 'Boodschappen met de buurvrouw', NOW);
  await before.kloptNiet.add('dienst-1', { watKloptNiet: 'Het nummer is veranderd', contact: '' }, NOW);
  const queued = await before.outbox.due(NOW);
  const draft = await before.repository.getDraft(SESSIE, NOW);
  const melding = await before.repository.getMelding(REF);
  const kloptNiet = await before.kloptNiet.list('dienst-1');
  await before.close();

  const rotating = createCipher([b, a]);
  const engine = openSqliteEngine(dir);
  const result = await rotateKeys(engine, rotating, { batchSize: 2 });
  expect(result.unreadable).toBe(0);
  expect(result.missing).toEqual([]);
  expect((await pendingRotation(engine, rotating)).filter((c) => c.pending > 0)).toEqual([]);
  await engine.close();

  const after = stores(createCipher(b));
  expect(await after.repository.getDraft(SESSIE, NOW)).toEqual(draft);
  expect(await after.repository.getMelding(REF)).toEqual(melding);
  expect(await after.loket.accounts.totpSecret(account.id)).toBe('JBSWY3DPEHPK3PXP');
  expect(await after.loket.behandeling.details(REF)).toEqual({ gesprek: PLAN, uitkomst: { soorten: ['netwerk'], toelichting: 'Folder meegegeven' } });
  expect((await after.loket.behandeling.notes(REF)).map((n) => n.tekst)).toEqual(['Belt terug na de vakantie']);
  expect(await after.loket.historie.list(REF)).toEqual([{ soort: 'gesprek', plan: PLAN, at: NOW.toISOString() }]);
  expect((await after.verder.plans(REF)).map((p) => p.tekst)).toEqual(['Boodschappen met de buurvrouw']);
  expect(await after.kloptNiet.list('dienst-1')).toEqual(kloptNiet);
  expect(await after.outbox.due(NOW)).toEqual(queued);
  expect(queued.some((m) => m.recipient !== undefined)).toBe(true);
  await after.close();
});
