import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { draftZelfHuishouden } from '../../../tests/fixtures/meldingen';
import { buildMelding } from '@/domain/melding/versturen';
import { codeVerlooptOp } from '@/domain/verder/regels';
import { createCipher } from '../crypto';
import { forEachEngine } from '../db/testing/engines';
import { engineRepository } from '../storage/drafts-meldingen';
import { codeHasher, deriveCodeSecret } from './hash';
import { VERDER_THROTTLE } from './throttle';
import { verderStore } from './store';

const NOW = new Date('2026-11-23T10:00:00Z');
const LATER = new Date('2026-11-30T10:00:00Z');
const CODE = 'K7QM-3XTR-9HPA';
const key = randomBytes(32);
const cipher = createCipher(key);
describe('hashing', () => {
  test('a different server secret gives a different lookup, so a copied database is useless without the key', () => {
    const a = codeHasher(deriveCodeSecret(randomBytes(32)));
    const b = codeHasher(deriveCodeSecret(randomBytes(32)));
    expect(a.lookup(CODE)).toBe(a.lookup(CODE));
    expect(a.lookup(CODE)).not.toBe(b.lookup(CODE));
  });

  test('salts every check value', () => {
    const h = codeHasher(deriveCodeSecret(key));
    const one = h.seal(CODE, '1948');
    const two = h.seal(CODE, '1948');
    expect(one.check).not.toBe(two.check);
    expect(h.matches(CODE, '1948', one.salt, one.check)).toBe(true);
    expect(h.matches(CODE, '1949', one.salt, one.check)).toBe(false);
  });
});

forEachEngine('"Later verder" codes and plans', ({ kind, engine, dataDir }) => {
  const setup = async () => {
    const repo = engineRepository(engine(), cipher);
    const verder = verderStore(engine(), cipher, codeHasher(deriveCodeSecret(key)));
    await repo.saveDraft('sessie-a', draftZelfHuishouden, NOW, codeVerlooptOp(NOW));
    await verder.create({ code: CODE, factor: '1948', sessionKey: 'sessie-a', now: NOW, verlooptOp: codeVerlooptOp(NOW) });
    return { repo, verder };
  };
  const rows = async (table: string) => (await sql`SELECT * FROM ${sql.table(table)}`.execute(engine().db)).rows;
  /** What the embedded engine wrote to disk (the file and its write-ahead log); nothing for PostgreSQL. */
  const fileText = () => {
    if (kind !== 'sqlite') return '';
    const file = join(dataDir(), 'krachtwijzer.sqlite');
    return [file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f).toString('latin1')).join('');
  };

  test('stores neither the code nor the year: only keyed hashes', async () => {
    await setup();
    const stored = JSON.stringify(await rows('verder_codes'));
    expect(stored).not.toContain(CODE);
    expect(stored).not.toContain(CODE.replace(/-/g, ''));
    expect(stored).not.toContain('1948');
    expect(fileText()).not.toContain(CODE);
  });

  describe('opening a code', () => {
    test('needs the code and the second factor together', async () => {
      const { verder } = await setup();
      expect(await verder.open(CODE, '1948')).toMatchObject({ sessionKey: 'sessie-a', referentie: undefined });
      expect(await verder.open(CODE, '1949')).toBeUndefined();
      expect(await verder.open('K7QM-3XTR-9HPB', '1948')).toBeUndefined();
    });

    test('a new code for the same draft replaces the old one', async () => {
      const { verder } = await setup();
      await verder.create({ code: 'AAAA-BBBB-CCCC', factor: 'tulp', sessionKey: 'sessie-a', now: NOW, verlooptOp: codeVerlooptOp(NOW) });
      expect(await verder.open(CODE, '1948')).toBeUndefined();
      expect(await verder.open('AAAA-BBBB-CCCC', 'tulp')).toBeDefined();
    });
  });

    describe('the code follows the draft', () => {
    test('moving the draft to another browser moves its code, and the first browser has nothing left', async () => {
      const { repo, verder } = await setup();
      await repo.saveDraft('sessie-b', { ...draftZelfHuishouden, levensgebieden: [] }, NOW, codeVerlooptOp(NOW));
      expect(await repo.moveDraft('sessie-a', 'sessie-b', LATER)).toBe(true);
      expect(await repo.getDraft('sessie-a', LATER)).toBeUndefined();
      expect((await repo.getDraft('sessie-b', LATER))?.draft).toEqual(draftZelfHuishouden);
      expect((await verder.open(CODE, '1948'))?.sessionKey).toBe('sessie-b');
    });

    test('"Wis mijn gegevens" (deleting the draft) kills the code', async () => {
      const { repo, verder } = await setup();
      await repo.deleteDraft('sessie-a');
      expect(await verder.open(CODE, '1948')).toBeUndefined();
    });

    test('an expired draft takes its code with it', async () => {
      const { repo, verder } = await setup();
      await repo.deleteExpiredDrafts(new Date(codeVerlooptOp(NOW).getTime() + 1));
      expect(await verder.open(CODE, '1948')).toBeUndefined();
    });

    test('sending binds the code to the melding; deleting the melding removes its plan and code', async () => {
      const { repo, verder } = await setup();
      const melding = buildMelding({ ...draftZelfHuishouden, delen: { huishouden: 'delen' } }, { referentie: 'KW-2345-6789', verstuurdOp: NOW, taal: 'nl' });
      expect(await repo.sendMelding('sessie-a', melding, NOW, codeVerlooptOp(NOW))).toBe(true);
      expect((await verder.open(CODE, '1948'))?.referentie).toBe('KW-2345-6789');
      await verder.addPlan('KW-2345-6789', 'Ik wil zelf weer koken.', LATER);
      expect(await verder.plans('KW-2345-6789')).toEqual([{ toegevoegdOp: LATER.toISOString(), tekst: 'Ik wil zelf weer koken.' }]);
      await engine().db.deleteFrom('meldingen').where('referentie', '=', 'KW-2345-6789').execute();
      expect(await verder.plans('KW-2345-6789')).toEqual([]);
      expect(await verder.open(CODE, '1948')).toBeUndefined();
    });

    test('the plan is encrypted at rest', async () => {
      const { verder } = await setup();
      await verder.addPlan('KW-2345-6789', 'Mijn buurvrouw wil helpen met koken.', LATER);
      expect(JSON.stringify(await rows('verder_plannen')) + fileText()).not.toContain('buurvrouw');
    });
  });

    describe('a code made after sending', () => {
    test('belongs to the melding, hangs on the browser that sent it, and dies with a wipe there', async () => {
      const { repo, verder } = await setup();
      const melding = buildMelding({ ...draftZelfHuishouden, delen: { huishouden: 'delen' } }, { referentie: 'KW-2345-6789', verstuurdOp: NOW, taal: 'nl' });
      await repo.sendMelding('sessie-a', melding, NOW, codeVerlooptOp(NOW));
      await verder.create({ code: 'AAAA-BBBB-CCCC', factor: 'tulp', sessionKey: 'sessie-a', referentie: 'KW-2345-6789', now: NOW, verlooptOp: codeVerlooptOp(NOW) });
      expect(await verder.hasMeldingCode('KW-2345-6789')).toBe(true);
      expect(await verder.hasDraftCode('sessie-a')).toBe(false);
      expect(await verder.hasAnyCode('sessie-a')).toBe(true);
      // One code per melding: the new one replaced the one made while filling in.
      expect(await verder.open(CODE, '1948')).toBeUndefined();
      await repo.deleteDraft('sessie-a');
      expect(await verder.open('AAAA-BBBB-CCCC', 'tulp')).toBeUndefined();
    });
  });

    describe('access after sending', () => {
    test('lasts 30 minutes and ends when asked', async () => {
      const { verder } = await setup();
      const token = await verder.grantAccess((await verder.open(CODE, '1948'))!.lookup, NOW);
      expect(await verder.byAccess(token, new Date(NOW.getTime() + 29 * 60_000))).toBeDefined();
      expect(await verder.byAccess(token, new Date(NOW.getTime() + 31 * 60_000))).toBeUndefined();
      await verder.endAccess(token);
      expect(await verder.byAccess(token, NOW)).toBeUndefined();
    });
  });

    describe('throttling', () => {
    test('blocks a code after 5 wrong tries for a day, whether the code exists or not', async () => {
      const { verder } = await setup();
      const lookup = verder.hasher.lookup('ZZZZ-ZZZZ-ZZZZ');
      for (let i = 0; i < VERDER_THROTTLE.perCode; i++) {
        expect(await verder.throttle.blocked(lookup, '10.0.0.1', NOW)).toBeUndefined();
        await verder.throttle.fail(lookup, `10.0.0.${i + 2}`, NOW);
      }
      expect(await verder.throttle.blocked(lookup, '10.0.0.1', NOW)).toBe('code');
      expect(await verder.throttle.blocked(lookup, '10.0.0.1', new Date(NOW.getTime() + 24 * 3600_000 + 1))).toBeUndefined();
    });

    test('blocks an IP address after 20 wrong tries in an hour, on any code', async () => {
      const { verder } = await setup();
      for (let i = 0; i < VERDER_THROTTLE.perIp; i++) await verder.throttle.fail(verder.hasher.lookup(`${i}`), '10.0.0.9', NOW);
      expect(await verder.throttle.blocked(verder.hasher.lookup(CODE), '10.0.0.9', NOW)).toBe('ip');
      expect(await verder.throttle.blocked(verder.hasher.lookup(CODE), '10.0.0.8', NOW)).toBeUndefined();
      expect(await verder.throttle.blocked(verder.hasher.lookup(CODE), '10.0.0.9', new Date(NOW.getTime() + 3600_000 + 1))).toBeUndefined();
    });

    test('stores no IP address', async () => {
      const { verder } = await setup();
      await verder.throttle.fail(verder.hasher.lookup(CODE), '192.168.77.66', NOW);
      expect(JSON.stringify(await rows('verder_pogingen'))).not.toContain('192.168.77.66');
    });
  });

  describe('the hourly clean-up', () => {
    test('removes unsent codes past their term, ended access and old tries, and keeps the code of a sent melding', async () => {
      const { repo, verder } = await setup();
      await repo.saveDraft('sessie-b', draftZelfHuishouden, NOW, codeVerlooptOp(LATER));
      const melding = buildMelding({ ...draftZelfHuishouden, delen: { huishouden: 'delen' } }, { referentie: 'KW-2345-6789', verstuurdOp: NOW, taal: 'nl' });
      await repo.sendMelding('sessie-b', melding, NOW, codeVerlooptOp(LATER));
      await verder.create({ code: 'AAAA-BBBB-CCCC', factor: 'tulp', sessionKey: 'sessie-b', referentie: 'KW-2345-6789', now: NOW, verlooptOp: codeVerlooptOp(NOW) });
      await verder.grantAccess((await verder.open('AAAA-BBBB-CCCC', 'tulp'))!.lookup, NOW);
      await verder.throttle.fail(verder.hasher.lookup('ZZZZ-ZZZZ-ZZZZ'), '10.0.0.1', NOW);
      await verder.deleteExpired(new Date(codeVerlooptOp(NOW).getTime() + 1));
      expect([await verder.open(CODE, '1948'), (await verder.open('AAAA-BBBB-CCCC', 'tulp'))?.referentie]).toEqual([undefined, 'KW-2345-6789']);
      expect([await rows('verder_toegang'), await rows('verder_pogingen')]).toEqual([[], []]);
    });
  });
});
