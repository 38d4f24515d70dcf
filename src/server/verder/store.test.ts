import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { draftZelfHuishouden } from '../../../tests/fixtures/meldingen';
import { buildMelding } from '@/domain/melding/versturen';
import { codeVerlooptOp } from '@/domain/verder/regels';
import { createCipher } from '../crypto';
import { behandelingStore } from '../loket/behandeling';
import { openSqliteDatabase, sqliteRepository } from '../storage/sqlite';
import { codeHasher, deriveCodeSecret } from './hash';
import { VERDER_THROTTLE } from './throttle';
import { verderStore } from './store';

const NOW = new Date('2026-11-23T10:00:00Z');
const LATER = new Date('2026-11-30T10:00:00Z');
const CODE = 'K7QM-3XTR-9HPA';
const key = randomBytes(32);
const cipher = createCipher(key);
let dir: string;
let db: DatabaseSync;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-verder-'));
  db = openSqliteDatabase(dir);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const setup = async () => {
  const repo = sqliteRepository(db, cipher);
  const verder = verderStore(db, cipher, codeHasher(deriveCodeSecret(key)));
  await repo.saveDraft('sessie-a', draftZelfHuishouden, NOW, codeVerlooptOp(NOW));
  verder.create({ code: CODE, factor: '1948', sessionKey: 'sessie-a', now: NOW, verlooptOp: codeVerlooptOp(NOW) });
  return { repo, verder };
};
const fileText = () => readFileSync(join(dir, 'krachtwijzer.sqlite')).toString('latin1') + readFileSync(join(dir, 'krachtwijzer.sqlite-wal')).toString('latin1');

describe('hashing', () => {
  test('stores neither the code nor the year: only keyed hashes', async () => {
    await setup();
    const row = db.prepare('SELECT * FROM verder_codes').get() as Record<string, string>;
    expect(JSON.stringify(row)).not.toContain(CODE);
    expect(JSON.stringify(row)).not.toContain(CODE.replace(/-/g, ''));
    expect(JSON.stringify(row)).not.toContain('1948');
    expect(fileText()).not.toContain(CODE);
  });

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

describe('opening a code', () => {
  test('needs the code and the second factor together', async () => {
    const { verder } = await setup();
    expect(verder.open(CODE, '1948')).toMatchObject({ sessionKey: 'sessie-a', referentie: undefined });
    expect(verder.open(CODE, '1949')).toBeUndefined();
    expect(verder.open('K7QM-3XTR-9HPB', '1948')).toBeUndefined();
  });

  test('a new code for the same draft replaces the old one', async () => {
    const { verder } = await setup();
    verder.create({ code: 'AAAA-BBBB-CCCC', factor: 'tulp', sessionKey: 'sessie-a', now: NOW, verlooptOp: codeVerlooptOp(NOW) });
    expect(verder.open(CODE, '1948')).toBeUndefined();
    expect(verder.open('AAAA-BBBB-CCCC', 'tulp')).toBeDefined();
  });
});

describe('the code follows the draft', () => {
  test('moving the draft to another browser moves its code, and the first browser has nothing left', async () => {
    const { repo, verder } = await setup();
    await repo.saveDraft('sessie-b', { ...draftZelfHuishouden, levensgebieden: [] }, NOW, codeVerlooptOp(NOW));
    expect(await repo.moveDraft('sessie-a', 'sessie-b', LATER)).toBe(true);
    expect(await repo.getDraft('sessie-a', LATER)).toBeUndefined();
    expect((await repo.getDraft('sessie-b', LATER))?.draft).toEqual(draftZelfHuishouden);
    expect(verder.open(CODE, '1948')?.sessionKey).toBe('sessie-b');
  });

  test('"Wis mijn gegevens" (deleting the draft) kills the code', async () => {
    const { repo, verder } = await setup();
    await repo.deleteDraft('sessie-a');
    expect(verder.open(CODE, '1948')).toBeUndefined();
  });

  test('an expired draft takes its code with it', async () => {
    const { repo, verder } = await setup();
    await repo.deleteExpiredDrafts(new Date(codeVerlooptOp(NOW).getTime() + 1));
    expect(verder.open(CODE, '1948')).toBeUndefined();
  });

  test('sending binds the code to the melding; deleting the melding removes its plan and code', async () => {
    const { repo, verder } = await setup();
    const melding = buildMelding({ ...draftZelfHuishouden, delen: { huishouden: 'delen' } }, { referentie: 'KW-2345-6789', verstuurdOp: NOW, taal: 'nl' });
    expect(await repo.sendMelding('sessie-a', melding, NOW, codeVerlooptOp(NOW))).toBe(true);
    expect(verder.open(CODE, '1948')?.referentie).toBe('KW-2345-6789');
    verder.addPlan('KW-2345-6789', 'Ik wil zelf weer koken.', LATER);
    expect(verder.plans('KW-2345-6789')).toEqual([{ toegevoegdOp: LATER.toISOString(), tekst: 'Ik wil zelf weer koken.' }]);
    behandelingStore(db, cipher).deleteContent('KW-2345-6789', LATER);
    expect(verder.plans('KW-2345-6789')).toEqual([]);
    expect(verder.open(CODE, '1948')).toBeUndefined();
  });

  test('the plan is encrypted at rest', async () => {
    const { verder } = await setup();
    verder.addPlan('KW-2345-6789', 'Mijn buurvrouw wil helpen met koken.', LATER);
    db.exec('PRAGMA wal_checkpoint(FULL)');
    expect(fileText()).not.toContain('buurvrouw');
  });
});

describe('a code made after sending', () => {
  test('belongs to the melding, hangs on the browser that sent it, and dies with a wipe there', async () => {
    const { repo, verder } = await setup();
    const melding = buildMelding({ ...draftZelfHuishouden, delen: { huishouden: 'delen' } }, { referentie: 'KW-2345-6789', verstuurdOp: NOW, taal: 'nl' });
    await repo.sendMelding('sessie-a', melding, NOW, codeVerlooptOp(NOW));
    verder.create({ code: 'AAAA-BBBB-CCCC', factor: 'tulp', sessionKey: 'sessie-a', referentie: 'KW-2345-6789', now: NOW, verlooptOp: codeVerlooptOp(NOW) });
    expect(verder.hasMeldingCode('KW-2345-6789')).toBe(true);
    expect(verder.hasDraftCode('sessie-a')).toBe(false);
    expect(verder.hasAnyCode('sessie-a')).toBe(true);
    // One code per melding: the new one replaced the one made while filling in.
    expect(verder.open(CODE, '1948')).toBeUndefined();
    await repo.deleteDraft('sessie-a');
    expect(verder.open('AAAA-BBBB-CCCC', 'tulp')).toBeUndefined();
  });
});

describe('access after sending', () => {
  test('lasts 30 minutes and ends when asked', async () => {
    const { verder } = await setup();
    const token = verder.grantAccess(verder.open(CODE, '1948')!.lookup, NOW);
    expect(verder.byAccess(token, new Date(NOW.getTime() + 29 * 60_000))).toBeDefined();
    expect(verder.byAccess(token, new Date(NOW.getTime() + 31 * 60_000))).toBeUndefined();
    verder.endAccess(token);
    expect(verder.byAccess(token, NOW)).toBeUndefined();
  });
});

describe('throttling', () => {
  test('blocks a code after 5 wrong tries for a day, whether the code exists or not', async () => {
    const { verder } = await setup();
    const lookup = verder.hasher.lookup('ZZZZ-ZZZZ-ZZZZ');
    for (let i = 0; i < VERDER_THROTTLE.perCode; i++) {
      expect(verder.throttle.blocked(lookup, '10.0.0.1', NOW)).toBeUndefined();
      verder.throttle.fail(lookup, `10.0.0.${i + 2}`, NOW);
    }
    expect(verder.throttle.blocked(lookup, '10.0.0.1', NOW)).toBe('code');
    expect(verder.throttle.blocked(lookup, '10.0.0.1', new Date(NOW.getTime() + 24 * 3600_000 + 1))).toBeUndefined();
  });

  test('blocks an IP address after 20 wrong tries in an hour, on any code', async () => {
    const { verder } = await setup();
    for (let i = 0; i < VERDER_THROTTLE.perIp; i++) verder.throttle.fail(verder.hasher.lookup(`${i}`), '10.0.0.9', NOW);
    expect(verder.throttle.blocked(verder.hasher.lookup(CODE), '10.0.0.9', NOW)).toBe('ip');
    expect(verder.throttle.blocked(verder.hasher.lookup(CODE), '10.0.0.8', NOW)).toBeUndefined();
    expect(verder.throttle.blocked(verder.hasher.lookup(CODE), '10.0.0.9', new Date(NOW.getTime() + 3600_000 + 1))).toBeUndefined();
  });

  test('stores no IP address', async () => {
    const { verder } = await setup();
    verder.throttle.fail(verder.hasher.lookup(CODE), '192.168.77.66', NOW);
    expect(JSON.stringify(db.prepare('SELECT * FROM verder_pogingen').all())).not.toContain('192.168.77.66');
  });
});
