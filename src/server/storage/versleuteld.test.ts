import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { createCipher, type Cipher } from '../crypto';
import type { Engine } from '../db';
import { CryptoError } from '../errors';
import { SQLITE_MIGRATIONS } from '../db/migrations/sqlite';
import { forEachEngine } from '../db/testing/engines';
import { ENCRYPTED_COLUMNS, pendingRotation, rotateKeys, type RotationProgress } from './versleuteld';

const NOW = '2026-11-23T10:00:00.000Z';
const LATER = '2026-12-23T10:00:00.000Z';
const DRAFTS = 23;
const MELDINGEN = 17;
const KLOPT_NIET = 9;
const TABLES = ['drafts', 'meldingen', 'klopt_niet'];
const only = ENCRYPTED_COLUMNS.filter((c) => TABLES.includes(c.table));

const sessie = (i: number) => `${i.toString(16).padStart(4, '0')}${'s'.repeat(60)}`;
const referentie = (i: number) => `KW-TEST-${String(i).padStart(4, '0')}`;

/** Fails at the given call of encrypt, as a process killed in the middle of a batch would stop there. */
function crashingAt(cipher: Cipher, call: number): Cipher {
  let calls = 0;
  return {
    ...cipher,
    currentKeyId: cipher.currentKeyId,
    currentPrefix: cipher.currentPrefix,
    decrypt: (payload, context) => cipher.decrypt(payload, context),
    encrypt(plain, context) {
      calls += 1;
      if (calls === call) throw new Error('killed');
      return cipher.encrypt(plain, context);
    },
  };
}

forEachEngine('rotating the encryption key', ({ kind, engine, connectAgain }) => {
  const a = randomBytes(32);
  const b = randomBytes(32);
  const underA = createCipher(a);
  const rotating = createCipher([b, a]);
  const underBOnly = createCipher(b);

  async function fill() {
    const { db } = engine();
    await db.insertInto('drafts').values(Array.from({ length: DRAFTS }, (_, i) => ({
      session_key: sessie(i), data: underA.encrypt(`concept ${i}`, `draft:${sessie(i)}`), sent_referentie: null, created_at: NOW, updated_at: NOW, expires_at: LATER,
    }))).execute();
    await db.insertInto('meldingen').values(Array.from({ length: MELDINGEN }, (_, i) => ({
      referentie: referentie(i), schema_version: 1, verstuurd_op: NOW, data: underA.encrypt(`melding ${i}`, `melding:${referentie(i)}`), created_at: NOW,
    }))).execute();
    await db.insertInto('klopt_niet').values(Array.from({ length: KLOPT_NIET }, (_, i) => ({
      service_id: `dienst-${i % 3}`, data: underA.encrypt(`klopt niet ${i}`, `klopt-niet:dienst-${i % 3}`), created_at: NOW,
    }))).execute();
  }

  async function readAll(cipher: Cipher) {
    const { db } = engine();
    const drafts = await db.selectFrom('drafts').select(['session_key', 'data']).orderBy('session_key').execute();
    const meldingen = await db.selectFrom('meldingen').select(['referentie', 'data']).orderBy('referentie').execute();
    const klopt = await db.selectFrom('klopt_niet').select(['service_id', 'data']).orderBy('id').execute();
    return [
      ...drafts.map((r) => cipher.decrypt(r.data, `draft:${r.session_key}`)),
      ...meldingen.map((r) => cipher.decrypt(r.data, `melding:${r.referentie}`)),
      ...klopt.map((r) => cipher.decrypt(r.data, `klopt-niet:${r.service_id}`)),
    ];
  }

  const expected = [
    ...Array.from({ length: DRAFTS }, (_, i) => `concept ${i}`),
    ...Array.from({ length: MELDINGEN }, (_, i) => `melding ${i}`),
    ...Array.from({ length: KLOPT_NIET }, (_, i) => `klopt niet ${i}`),
  ];
  const pendingTotal = async (cipher: Cipher) => (await pendingRotation(engine(), cipher, only)).reduce((n, c) => n + c.pending, 0);

  test('re-encrypts every value under the new key; the old key is then no longer needed', async () => {
    await fill();
    expect(await pendingTotal(rotating)).toBe(DRAFTS + MELDINGEN + KLOPT_NIET);
    const progress: RotationProgress[] = [];
    const result = await rotateKeys(engine(), rotating, { batchSize: 5, columns: only, onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ rewritten: DRAFTS + MELDINGEN + KLOPT_NIET, unreadable: 0, missing: [] });
    expect(await readAll(underBOnly)).toEqual(expected);
    await expect(readAll(underA)).rejects.toThrow(CryptoError);
    expect(await pendingTotal(rotating)).toBe(0);
    // Progress comes per batch, and once per column when it is done.
    expect(progress.filter((p) => p.table === 'drafts').map((p) => [p.done, p.total, p.finished]))
      .toEqual([[5, 23, false], [10, 23, false], [15, 23, false], [20, 23, false], [23, 23, true]]);
  });

  test('a rotation stopped after one batch continues where it was, and a second run finds nothing to do', async () => {
    await fill();
    await expect(rotateKeys(engine(), crashingAt(rotating, 8), { batchSize: 5, columns: only })).rejects.toThrow('killed');
    // The first batch was committed; the second, cut off halfway, was not written at all.
    expect(await pendingTotal(rotating)).toBe(DRAFTS + MELDINGEN + KLOPT_NIET - 5);
    expect(await readAll(rotating)).toEqual(expected);
    const resumed = await rotateKeys(engine(), rotating, { batchSize: 5, columns: only });
    expect(resumed.rewritten).toBe(DRAFTS + MELDINGEN + KLOPT_NIET - 5);
    expect(await readAll(underBOnly)).toEqual(expected);
    expect(await rotateKeys(engine(), rotating, { batchSize: 5, columns: only })).toEqual({ rewritten: 0, unreadable: 0, missing: [] });
  });

  test('a value no configured key can read is counted and left as it is; the rest is rotated', async () => {
    await fill();
    const stranger = createCipher(randomBytes(32));
    await engine().db.updateTable('meldingen').set({ data: stranger.encrypt('vreemd', `melding:${referentie(3)}`) }).where('referentie', '=', referentie(3)).execute();
    const result = await rotateKeys(engine(), rotating, { batchSize: 4, columns: only });
    expect(result).toEqual({ rewritten: DRAFTS + MELDINGEN + KLOPT_NIET - 1, unreadable: 1, missing: [] });
    expect(await pendingTotal(rotating)).toBe(1);
  });

  test('a value the portal wrote under the new key meanwhile is left alone', async () => {
    await fill();
    const fresh = rotating.encrypt('nieuw concept', `draft:${sessie(0)}`);
    await engine().db.updateTable('drafts').set({ data: fresh }).where('session_key', '=', sessie(0)).execute();
    const result = await rotateKeys(engine(), rotating, { columns: only });
    expect(result.rewritten).toBe(DRAFTS + MELDINGEN + KLOPT_NIET - 1);
    const row = await engine().db.selectFrom('drafts').select('data').where('session_key', '=', sessie(0)).executeTakeFirstOrThrow();
    expect(row.data).toBe(fresh);
  });

  test('a batch that lost to the portal\'s own writes (a deadlock, a busy file) is tried again', async () => {
    await fill();
    let refused = 0;
    const busy = { ...engine(), transaction: ((work, options) => {
      if (refused < 2) {
        refused += 1;
        return Promise.reject(Object.assign(new Error('deadlock detected'), { code: '40P01' }));
      }
      return engine().transaction(work, options);
    }) as Engine['transaction'] };
    expect(await rotateKeys(busy, rotating, { columns: only })).toEqual({ rewritten: DRAFTS + MELDINGEN + KLOPT_NIET, unreadable: 0, missing: [] });
    expect(refused).toBe(2);
  });

  test('while another instance keeps saving drafts, every value ends readable and under the new key', { timeout: 30_000 }, async () => {
    await fill();
    // On PostgreSQL a connection of its own, as another instance has. The embedded engine's second connection in this
    // one process would wait for the file lock with the event loop blocked (the command runs in a process of its
    // own), so there the writes share the engine and come between the rotation's transactions.
    const portal = kind === 'postgres' ? connectAgain() : engine();
    await portal.ready;
    let saves = 0;
    let writing = true;
    const latest = new Map<number, string>();
    const writer = (async () => {
      while (writing && saves < 40) {
        const i = (saves * 7) % DRAFTS;
        const text = `concept ${i}, bewaard ${saves}`;
        await portal.db.updateTable('drafts').set({ data: rotating.encrypt(text, `draft:${sessie(i)}`), updated_at: NOW })
          .where('session_key', '=', sessie(i)).execute();
        latest.set(i, text);
        saves += 1;
      }
    })();
    try {
      await rotateKeys(engine(), rotating, { batchSize: 3, columns: only });
    } finally {
      writing = false;
      await writer;
    }
    expect(saves).toBeGreaterThan(0);
    // Nothing the other instance saved was overwritten with what the rotation had read before.
    expect(await readAll(underBOnly)).toEqual(expected.map((text, i) => (i < DRAFTS ? latest.get(i) ?? text : text)));
    expect(await pendingTotal(rotating)).toBe(0);
  });

  test('tables this engine does not have are reported, not an error', async () => {
    const result = await rotateKeys(engine(), rotating, { columns: [{ table: 'bestaat_niet', key: 'id', column: 'data', reads: [], context: () => 'x' }] });
    expect(result).toEqual({ rewritten: 0, unreadable: 0, missing: ['bestaat_niet'] });
  });
});

test('every table in the list of encrypted columns exists in the embedded database', () => {
  const created = SQLITE_MIGRATIONS.flatMap((m) => [...m.sql.matchAll(/CREATE TABLE (\w+)/g)].map((x) => x[1]));
  for (const c of ENCRYPTED_COLUMNS) expect(created).toContain(c.table);
});
