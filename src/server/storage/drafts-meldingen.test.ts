import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, test, describe, beforeEach } from 'vitest';
import { draftNamensMetVeiligheid, draftSamenMetNetwerk, draftZelfHuishouden, GEHEIM_VEILIGHEID } from '../../../tests/fixtures/meldingen';
import { emptyDraft } from '@/domain/melding/draft';
import type { Melding } from '@/domain/melding/schema';
import { buildMelding } from '@/domain/melding/versturen';
import { createCipher } from '../crypto';
import { forEachEngine } from '../db/testing/engines';
import { CryptoError, StorageError } from '../errors';
import { engineRepository } from './drafts-meldingen';
import type { Repository } from './repository';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2025-03-03T09:30:00.000Z');
const later = (days: number) => new Date(NOW.getTime() + days * DAY);
const SESSIE_A = 'a'.repeat(64);
const SESSIE_B = 'b'.repeat(64);

const melding = (draft = draftSamenMetNetwerk, referentie = 'KW-ABCD-2345'): Melding =>
  buildMelding(draft, { referentie, verstuurdOp: NOW, taal: 'nl' });

forEachEngine('drafts and meldingen', ({ kind, engine, connectAgain, dataDir }) => {
  let key: Buffer;
  beforeEach(() => {
    key = randomBytes(32);
  });
  /** The repository on this test's engine; `withKey` as another process with another key would have it. */
  const openRepo = (withKey = key): Repository => engineRepository(engine(), createCipher(withKey));
  /** Reads the tables directly, as an outsider with the database would. */
  const rows = async (query: string) => (await sql.raw(query).execute(engine().db)).rows;

  describe('the database', () => {
    test('keeps the stored drafts for another process on it', async () => {
      await openRepo().saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
      expect(await engineRepository(connectAgain(), createCipher(key)).getDraft(SESSIE_A, NOW)).toEqual({ draft: draftZelfHuishouden, sentReferentie: undefined });
    });
  });

  describe('drafts', () => {
    test('gives back a saved draft as it was', async () => {
      const repo = openRepo();
      await repo.saveDraft(SESSIE_A, draftSamenMetNetwerk, NOW, later(30));
      expect(await repo.getDraft(SESSIE_A, NOW)).toEqual({ draft: draftSamenMetNetwerk, sentReferentie: undefined });
    });

    test('replaces a draft saved again', async () => {
      const repo = openRepo();
      await repo.saveDraft(SESSIE_A, draftSamenMetNetwerk, NOW, later(30));
      await repo.saveDraft(SESSIE_A, draftZelfHuishouden, later(1), later(31));
      expect((await repo.getDraft(SESSIE_A, later(1)))?.draft).toEqual(draftZelfHuishouden);
    });

    test('keeps the drafts of different sessions apart', async () => {
      const repo = openRepo();
      await repo.saveDraft(SESSIE_A, draftSamenMetNetwerk, NOW, later(30));
      await repo.saveDraft(SESSIE_B, draftZelfHuishouden, NOW, later(30));
      expect((await repo.getDraft(SESSIE_A, NOW))?.draft).toEqual(draftSamenMetNetwerk);
    });

    test('has no draft for an unknown session', async () => {
      expect(await openRepo().getDraft(SESSIE_A, NOW)).toBeUndefined();
    });

    test('does not give back an expired draft', async () => {
      const repo = openRepo();
      await repo.saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
      expect(await repo.getDraft(SESSIE_A, later(30))).toBeUndefined();
    });

    test('moves the expiry on with every save', async () => {
      const repo = openRepo();
      await repo.saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
      await repo.saveDraft(SESSIE_A, draftZelfHuishouden, later(20), later(50));
      expect((await repo.getDraft(SESSIE_A, later(40)))?.draft).toEqual(draftZelfHuishouden);
    });

    test('deletes expired drafts and says how many', async () => {
      const repo = openRepo();
      await repo.saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
      await repo.saveDraft(SESSIE_B, draftZelfHuishouden, NOW, later(60));
      expect(await repo.deleteExpiredDrafts(later(45))).toBe(1);
    });

    test('removes expired drafts from the database itself', async () => {
      const repo = openRepo();
      await repo.saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
      await repo.saveDraft(SESSIE_B, draftZelfHuishouden, NOW, later(60));
      await repo.deleteExpiredDrafts(later(45));
      expect(await rows('SELECT session_key FROM drafts')).toEqual([{ session_key: SESSIE_B }]);
    });

    test('deletes a draft at once on "Wis mijn gegevens"', async () => {
      const repo = openRepo();
      await repo.saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
      await repo.deleteDraft(SESSIE_A);
      expect(await repo.getDraft(SESSIE_A, NOW)).toBeUndefined();
    });
  });

  describe('sendMelding', () => {
    test('stores the melding', async () => {
      const repo = openRepo();
      await repo.saveDraft(SESSIE_A, draftSamenMetNetwerk, NOW, later(30));
      expect(await repo.sendMelding(SESSIE_A, melding(), NOW, later(30))).toBe(true);
      expect(await repo.getMelding('KW-ABCD-2345')).toEqual(melding());
    });

    test('keeps the invuller\'s details of a melding namens iemand, and still reads one stored as schema version 1', async () => {
      const repo = openRepo();
      const namens = melding(draftNamensMetVeiligheid);
      await repo.sendMelding(SESSIE_A, namens, NOW, later(30));
      expect((await repo.getMelding('KW-ABCD-2345'))?.invuller).toEqual(draftNamensMetVeiligheid.invuller);
      // As an older version of the portal wrote it: the relation only. It is read as it is, never rewritten.
      const v1 = { ...JSON.parse(JSON.stringify(namens)), schemaVersion: 1, invuller: { wie: 'namens', relatie: 'dochter', weetPersoon: 'nee' } };
      await engine().db.updateTable('meldingen').set({ schema_version: 1, data: createCipher(key).encrypt(JSON.stringify(v1), 'melding:KW-ABCD-2345') })
        .where('referentie', '=', 'KW-ABCD-2345').execute();
      expect(await repo.getMelding('KW-ABCD-2345')).toEqual(v1);
    });

    test('empties the draft and remembers the reference, for the confirmation page', async () => {
      const repo = openRepo();
      await repo.saveDraft(SESSIE_A, draftSamenMetNetwerk, NOW, later(30));
      await repo.sendMelding(SESSIE_A, melding(), NOW, later(30));
      expect(await repo.getDraft(SESSIE_A, NOW)).toEqual({ draft: emptyDraft(), sentReferentie: 'KW-ABCD-2345' });
    });

    test('still remembers the reference after the emptied draft is saved again', async () => {
      const repo = openRepo();
      await repo.sendMelding(SESSIE_A, melding(), NOW, later(30));
      await repo.saveDraft(SESSIE_A, draftZelfHuishouden, later(1), later(31));
      expect((await repo.getDraft(SESSIE_A, later(1)))?.sentReferentie).toBe('KW-ABCD-2345');
    });

    test('forgets the reference when a new draft starts after the old one expired', async () => {
      const repo = openRepo();
      await repo.sendMelding(SESSIE_A, melding(), NOW, later(30));
      await repo.saveDraft(SESSIE_A, draftZelfHuishouden, later(31), later(61));
      expect(await repo.getDraft(SESSIE_A, later(31))).toEqual({ draft: draftZelfHuishouden, sentReferentie: undefined });
    });

    test('refuses a reference that is taken: returns false', async () => {
      const repo = openRepo();
      await repo.sendMelding(SESSIE_A, melding(), NOW, later(30));
      expect(await repo.sendMelding(SESSIE_B, melding(draftZelfHuishouden), NOW, later(30))).toBe(false);
    });

    test('keeps the first melding when a reference is taken', async () => {
      const repo = openRepo();
      await repo.sendMelding(SESSIE_A, melding(), NOW, later(30));
      await repo.sendMelding(SESSIE_B, melding(draftZelfHuishouden), NOW, later(30));
      expect(await repo.getMelding('KW-ABCD-2345')).toEqual(melding());
    });

    test('leaves the draft alone when the reference is taken', async () => {
      const repo = openRepo();
      await repo.sendMelding(SESSIE_A, melding(), NOW, later(30));
      await repo.saveDraft(SESSIE_B, draftZelfHuishouden, NOW, later(30));
      await repo.sendMelding(SESSIE_B, melding(draftZelfHuishouden), NOW, later(30));
      expect(await repo.getDraft(SESSIE_B, NOW)).toEqual({ draft: draftZelfHuishouden, sentReferentie: undefined });
    });

    test('stores nothing when the reference is taken', async () => {
      const repo = openRepo();
      await repo.sendMelding(SESSIE_A, melding(), NOW, later(30));
      await repo.sendMelding(SESSIE_B, melding(draftZelfHuishouden), NOW, later(30));
      expect([await rows('SELECT referentie FROM meldingen'), await rows('SELECT session_key FROM drafts')])
        .toEqual([[{ referentie: 'KW-ABCD-2345' }], [{ session_key: SESSIE_A }]]);
    });

    test('refuses a melding that does not match the schema', async () => {
      const repo = openRepo();
      await expect(repo.sendMelding(SESSIE_A, { ...melding(), referentie: 'KW-0000-0000' }, NOW, later(30))).rejects.toThrow();
    });

    test('has no melding for an unknown reference', async () => {
      expect(await openRepo().getMelding('KW-ABCD-2345')).toBeUndefined();
    });

    test('stores the melding, empties the draft and runs the hook in one transaction: a failing hook leaves all as it was', async () => {
      const repo = engineRepository(engine(), createCipher(key), {
        async stored(trx) {
          await trx.insertInto('samen_tellingen').values({ maand: '2025-03', invuller: 'zelf', dorpssteunpunt: '', aantal: 1 }).execute();
          throw new Error('disk full');
        },
      });
      await repo.saveDraft(SESSIE_A, draftSamenMetNetwerk, NOW, later(30));
      await expect(repo.sendMelding(SESSIE_A, melding(), NOW, later(30))).rejects.toThrow(StorageError);
      expect([await repo.getMelding('KW-ABCD-2345'), await repo.getDraft(SESSIE_A, NOW), await rows('SELECT aantal FROM samen_tellingen')])
        .toEqual([undefined, { draft: draftSamenMetNetwerk, sentReferentie: undefined }, []]);
    });

    test('tells the hook once the melding is committed, and not when the reference is taken', async () => {
      const committed: string[] = [];
      const repo = engineRepository(engine(), createCipher(key), { committed: (m) => committed.push(m.referentie) });
      await repo.sendMelding(SESSIE_A, melding(), NOW, later(30));
      await repo.sendMelding(SESSIE_B, melding(draftZelfHuishouden), NOW, later(30));
      expect(committed).toEqual(['KW-ABCD-2345']);
    });

    test('of two requests sending the same reference at once, one stores it and the other is told to draw again', async () => {
      const other = openRepo();
      const results = await Promise.all([openRepo().sendMelding(SESSIE_A, melding(), NOW, later(30)),
        other.sendMelding(SESSIE_B, melding(draftZelfHuishouden), NOW, later(30))]);
      expect(results.sort()).toEqual([false, true]);
      expect(await rows('SELECT referentie FROM meldingen')).toEqual([{ referentie: 'KW-ABCD-2345' }]);
    });
  });

  describe('moveDraft', () => {
    test('moves a draft to another session, re-encrypted for it, and deletes the draft the target had', async () => {
      const repo = openRepo();
      await repo.saveDraft(SESSIE_A, draftSamenMetNetwerk, NOW, later(30));
      await repo.saveDraft(SESSIE_B, draftZelfHuishouden, NOW, later(30));
      const before = await rows(`SELECT data FROM drafts WHERE session_key = '${SESSIE_A}'`);
      expect(await repo.moveDraft(SESSIE_A, SESSIE_B, later(1))).toBe(true);
      expect([await repo.getDraft(SESSIE_A, later(1)), (await repo.getDraft(SESSIE_B, later(1)))?.draft]).toEqual([undefined, draftSamenMetNetwerk]);
      expect(await rows('SELECT data FROM drafts')).not.toEqual(before);
    });

    test('moves nothing that has expired or is not there, and leaves a draft moved onto itself', async () => {
      const repo = openRepo();
      await repo.saveDraft(SESSIE_A, draftSamenMetNetwerk, NOW, later(30));
      expect([await repo.moveDraft(SESSIE_A, SESSIE_B, later(30)), await repo.moveDraft(SESSIE_B, SESSIE_A, NOW),
        await repo.moveDraft(SESSIE_A, SESSIE_A, NOW)]).toEqual([false, false, true]);
      expect((await repo.getDraft(SESSIE_A, NOW))?.draft).toEqual(draftSamenMetNetwerk);
    });
  });

  describe('encryption at rest', () => {
    test('writes no answer, name or address in plain text to the database', async () => {
      const repo = openRepo();
      await repo.saveDraft(SESSIE_A, draftNamensMetVeiligheid, NOW, later(30));
      await repo.sendMelding(SESSIE_B, melding(), NOW, later(30));
      let stored = JSON.stringify([await rows('SELECT * FROM drafts'), await rows('SELECT * FROM meldingen')]);
      if (kind === 'sqlite') {
        // Everything SQLite wrote for this database: the file and its write-ahead log.
        const file = join(dataDir(), 'krachtwijzer.sqlite');
        stored += Buffer.concat([readFileSync(file), ...(existsSync(`${file}-wal`) ? [readFileSync(`${file}-wal`)] : [])]).toString('latin1');
      }
      // The reference is stored in plain text on purpose: it proves we are reading what was written.
      expect(stored.includes('KW-ABCD-2345')).toBe(true);
      expect(['pinpas', GEHEIM_VEILIGHEID, 'Sandra Mulder', 'Kerkstraat', 'Henk Bakker', 'h.bakker@example.nl', 'scootmobiel']
        .filter((secret) => stored.includes(secret))).toEqual([]);
    });

    test('refuses to read a draft under another key', async () => {
      await openRepo().saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
      await expect(openRepo(randomBytes(32)).getDraft(SESSIE_A, NOW)).rejects.toThrow(CryptoError);
    });

    test('refuses to read a melding under another key', async () => {
      await openRepo().sendMelding(SESSIE_A, melding(), NOW, later(30));
      await expect(openRepo(randomBytes(32)).getMelding('KW-ABCD-2345')).rejects.toThrow(CryptoError);
    });

    test('refuses a draft row copied to another session', async () => {
      const repo = openRepo();
      await repo.saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
      await repo.saveDraft(SESSIE_B, emptyDraft(), NOW, later(30));
      const copied = await engine().db.selectFrom('drafts').select('data').where('session_key', '=', SESSIE_A).executeTakeFirstOrThrow();
      await engine().db.updateTable('drafts').set({ data: copied.data }).where('session_key', '=', SESSIE_B).execute();
      await expect(repo.getDraft(SESSIE_B, NOW)).rejects.toThrow(CryptoError);
    });
  });

  describe('healthy', () => {
    test('is true when the database answers', async () => {
      expect(await openRepo().healthy()).toBe(true);
    });

    test('is false once the database is closed', async () => {
      const repo = openRepo();
      await repo.close();
      expect(await repo.healthy()).toBe(false);
    });
  });
});
