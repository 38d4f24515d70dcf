// scrypt makes each login cost ~100 ms on purpose; on a busy machine a test of five logins needs more than 5 s.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createCipher } from '../crypto';
import { openSqliteDatabase } from '../storage/sqlite';
import { loketStore, type LoketStore } from '.';
import { changePassword, checkPassword, checkTotp, confirmTotpSetup } from './login';
import { verifyPassword } from './password';
import { THROTTLE } from './throttle';
import { totpCode } from './totp';

const NOW = new Date('2026-03-03T09:30:00.000Z');
const MINUTE = 60_000;
const later = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);
const IP = '192.0.2.1';

let dir: string, db: DatabaseSync, store: LoketStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kw-loket-'));
  db = openSqliteDatabase(dir);
  store = loketStore(db, createCipher(randomBytes(32)), 30);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function account(role: 'beheerder' | 'loketmedewerker' = 'loketmedewerker') {
  const a = (await store.accounts.add('mw@gemeente.nl', role, 'eenmalig-wachtwoord', NOW))!;
  await store.accounts.setPassword(a.id, 'mijn eigen wachtwoord');
  return a;
}

describe('throttling', { timeout: 30_000 }, () => {
  test(`locks an address after ${THROTTLE.perAccount} wrong passwords, even with the right one after`, async () => {
    await account();
    for (let i = 0; i < THROTTLE.perAccount; i++) await checkPassword(store, 'mw@gemeente.nl', 'fout', IP, NOW);
    expect(await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, NOW)).toEqual({ ok: false, reason: 'blocked' });
  });
  test('locks an unknown address the same way, so a lockout reveals nothing', async () => {
    for (let i = 0; i < THROTTLE.perAccount - 1; i++) {
      expect(await checkPassword(store, 'niemand@gemeente.nl', 'fout', IP, NOW)).toEqual({ ok: false, reason: 'failed' });
    }
    expect(await checkPassword(store, 'niemand@gemeente.nl', 'fout', IP, NOW)).toEqual({ ok: false, reason: 'blocked' });
  });
  test('lifts the lock after the window', async () => {
    await account();
    for (let i = 0; i < THROTTLE.perAccount; i++) await checkPassword(store, 'mw@gemeente.nl', 'fout', IP, NOW);
    expect((await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, later(THROTTLE.windowMinutes + 1))).ok).toBe(true);
  });
  test('a beheerder can lift the lock at once', async () => {
    await account();
    for (let i = 0; i < THROTTLE.perAccount; i++) await checkPassword(store, 'mw@gemeente.nl', 'fout', IP, NOW);
    store.throttle.unlock('mw@gemeente.nl');
    expect((await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, NOW)).ok).toBe(true);
  });
  test(`blocks an IP address after ${THROTTLE.perIp} failures on any addresses`, () => {
    for (let i = 0; i < THROTTLE.perIp; i++) store.throttle.fail(`iemand${i}@gemeente.nl`, IP, NOW);
    expect(store.throttle.isBlocked('ander@gemeente.nl', IP, NOW)).toBe(true);
    expect(store.throttle.isBlocked('ander@gemeente.nl', '192.0.2.2', NOW)).toBe(false);
  });
});

describe('the password check runs for every login, so its time tells nothing', { timeout: 30_000 }, () => {
  /** The real check, counting the hashes it compares against. */
  function countingVerifier() {
    const hashes: string[] = [];
    return { hashes, verify: async (password: string, stored: string) => (hashes.push(stored), verifyPassword(password, stored)) };
  }
  test('a locked account still costs one scrypt check of its password', async () => {
    await account();
    for (let i = 0; i < THROTTLE.perAccount; i++) await checkPassword(store, 'mw@gemeente.nl', 'fout', IP, NOW);
    const { hashes, verify } = countingVerifier();
    expect(await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, NOW, verify)).toEqual({ ok: false, reason: 'blocked' });
    expect(hashes).toHaveLength(1);
    expect(hashes[0]).toMatch(/^scrypt\$/);
  });
  test('an unknown or locked unknown address costs the same check', async () => {
    const { hashes, verify } = countingVerifier();
    await checkPassword(store, 'niemand@gemeente.nl', 'fout', IP, NOW, verify);
    for (let i = 0; i < THROTTLE.perAccount; i++) await checkPassword(store, 'niemand@gemeente.nl', 'fout', IP, NOW);
    await checkPassword(store, 'niemand@gemeente.nl', 'fout', IP, NOW, verify);
    expect(hashes).toHaveLength(2);
  });
  test('a blocked IP address costs the same check', async () => {
    await account();
    for (let i = 0; i < THROTTLE.perIp; i++) store.throttle.fail(`iemand${i}@gemeente.nl`, IP, NOW);
    const { hashes, verify } = countingVerifier();
    expect(await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, NOW, verify)).toEqual({ ok: false, reason: 'blocked' });
    expect(hashes).toHaveLength(1);
  });
});

describe('the first login\'s new password', { timeout: 30_000 }, () => {
  async function firstLogin() {
    const a = (await store.accounts.add('jan.devries@gemeente.nl', 'loketmedewerker', 'Eenmalig7Wachtwoord9xQ', NOW))!;
    return { key: store.sessions.create(a.id, 'nieuw-wachtwoord', NOW), accountId: a.id };
  }
  test('may not be the one-time password', async () => {
    const session = await firstLogin();
    expect(await changePassword(store, session, 'Eenmalig7Wachtwoord9xQ', NOW)).toEqual({ ok: false, error: 'errors.loket.nieuwWachtwoord.same' });
    expect(store.accounts.byId(session.accountId)?.mustChangePassword).toBe(true);
  });
  test('may not be easy to guess, nor built on the e-mail address', async () => {
    const session = await firstLogin();
    expect(await changePassword(store, session, 'aaaaaaaaaaaa', NOW)).toEqual({ ok: false, error: 'errors.loket.nieuwWachtwoord.common' });
    expect(await changePassword(store, session, 'jan.devries@gemeente.nl', NOW)).toEqual({ ok: false, error: 'errors.loket.nieuwWachtwoord.email' });
  });
  test('a passphrase of the medewerker\'s own is taken, and the one-time password stops working', async () => {
    const session = await firstLogin();
    expect(await changePassword(store, session, 'een lang eigen wachtwoord', NOW)).toMatchObject({ ok: true });
    expect((await checkPassword(store, 'jan.devries@gemeente.nl', 'Eenmalig7Wachtwoord9xQ', IP, NOW)).ok).toBe(false);
  });
});

describe('sessions', { timeout: 30_000 }, () => {
  test('end after the idle timeout', async () => {
    const a = await account();
    const id = store.sessions.create(a.id, 'actief', NOW);
    expect(store.sessions.get(id, later(29))).toBeDefined();
    expect(store.sessions.get(id, later(31))).toBeUndefined();
  });
  test('stay alive while used', async () => {
    const a = await account();
    const id = store.sessions.create(a.id, 'actief', NOW);
    store.sessions.touch(store.sessions.get(id, later(20))!.key, later(20));
    expect(store.sessions.get(id, later(45))).toBeDefined();
  });
  test('logging out everywhere ends every session of the account', async () => {
    const a = await account();
    const one = store.sessions.create(a.id, 'actief', NOW), two = store.sessions.create(a.id, 'actief', NOW);
    store.sessions.deleteAllFor(a.id);
    expect([store.sessions.get(one, NOW), store.sessions.get(two, NOW)]).toEqual([undefined, undefined]);
  });
  test('are stored only as a hash of the cookie value', async () => {
    const a = await account();
    const id = store.sessions.create(a.id, 'actief', NOW);
    expect(JSON.stringify(db.prepare('SELECT * FROM loket_sessions').all())).not.toContain(id);
  });
});

describe('TOTP login', { timeout: 30_000 }, () => {
  test('a beheerder sets up TOTP, then needs a code at every login', async () => {
    const a = await account('beheerder');
    const first = await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, NOW);
    expect(first).toMatchObject({ ok: true, stage: 'totp-instellen' });
    store.accounts.setPendingTotp(a.id, 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    const session = store.sessions.get(first.ok ? first.sessionId : '', NOW)!;
    expect(confirmTotpSetup(store, session, totpCode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', NOW), NOW)).toBe(true);
    const second = await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, later(1));
    expect(second).toMatchObject({ ok: true, stage: 'totp' });
    const s2 = store.sessions.get(second.ok ? second.sessionId : '', later(1))!;
    expect(checkTotp(store, s2, '000000', IP, later(1))).toEqual({ ok: false, reason: 'failed' });
    expect(checkTotp(store, s2, totpCode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', later(1)), IP, later(1))).toEqual({ ok: true, stage: 'actief' });
  });
  test('stores the TOTP secret encrypted', async () => {
    const a = await account();
    store.accounts.setPendingTotp(a.id, 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(JSON.stringify(db.prepare('SELECT totp_secret FROM loket_accounts').all())).not.toContain('GEZDGNBV');
    expect(store.accounts.totpSecret(a.id)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });
});

describe('audit log', { timeout: 30_000 }, () => {
  test('records logins, failures and lockouts without passwords', async () => {
    await account();
    for (let i = 0; i < THROTTLE.perAccount; i++) await checkPassword(store, 'mw@gemeente.nl', 'geheim-fout', IP, NOW);
    const { entries } = store.audit.list({ pagina: 1, wie: 'mw@gemeente.nl' });
    expect(entries.map((e) => e.action)).toContain('account-geblokkeerd');
    expect(JSON.stringify(db.prepare('SELECT * FROM loket_audit').all())).not.toContain('geheim-fout');
  });
  test('cannot be changed or deleted, not even with SQL', () => {
    store.audit.write({ actor: 'a@b.nl', action: 'melding-bekeken', referentie: 'KW-ABCD-2345' }, NOW);
    expect(() => db.exec("UPDATE loket_audit SET actor = 'x'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM loket_audit')).toThrow(/append-only/);
  });
  test('filters by action and reference', () => {
    store.audit.write({ actor: 'a@b.nl', action: 'melding-bekeken', referentie: 'KW-ABCD-2345' }, NOW);
    store.audit.write({ actor: 'a@b.nl', action: 'inloggen' }, NOW);
    expect(store.audit.list({ pagina: 1, referentie: 'KW-ABCD-2345' }).total).toBe(1);
    expect(store.audit.list({ pagina: 1, actie: 'inloggen' }).entries[0]?.action).toBe('inloggen');
  });
  test('filters by a date range, from one instant up to (not including) another', () => {
    store.audit.write({ actor: 'a@b.nl', action: 'inloggen' }, new Date('2026-11-30T22:59:59.000Z'));
    store.audit.write({ actor: 'a@b.nl', action: 'melding-bekeken' }, new Date('2026-11-30T23:00:00.000Z'));
    store.audit.write({ actor: 'a@b.nl', action: 'uitloggen' }, new Date('2026-12-01T22:59:59.000Z'));
    store.audit.write({ actor: 'a@b.nl', action: 'inloggen' }, new Date('2026-12-01T23:00:00.000Z'));
    const { entries } = store.audit.list({ pagina: 1, van: new Date('2026-11-30T23:00:00.000Z'), totVoor: new Date('2026-12-01T23:00:00.000Z') });
    expect(entries.map((e) => e.action)).toEqual(['uitloggen', 'melding-bekeken']);
  });
});

describe('resetting the second step (a lost phone)', { timeout: 30_000 }, () => {
  test('removes the secret, ends every session, and asks for a new second step at the next login, also for a medewerker', async () => {
    const a = await account('loketmedewerker');
    store.accounts.setPendingTotp(a.id, 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    store.accounts.enableTotp(a.id, 1);
    const session = store.sessions.create(a.id, 'actief', NOW);
    store.accounts.resetTotp(a.id);
    expect(store.accounts.totpSecret(a.id)).toBeUndefined();
    expect(store.sessions.get(session, NOW)).toBeUndefined();
    const login = await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, NOW);
    expect(login).toMatchObject({ ok: true, stage: 'totp-instellen' });
  });
  test('lets a medewerker in without a code once the new second step is set up', async () => {
    const a = await account('loketmedewerker');
    store.accounts.resetTotp(a.id);
    const login = await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, NOW);
    if (!login.ok) throw new Error('login failed');
    const key = store.sessions.get(login.sessionId, NOW)!.key;
    store.accounts.setPendingTotp(a.id, 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(confirmTotpSetup(store, { key, accountId: a.id, stage: 'totp-instellen' }, totpCode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', NOW), NOW)).toBe(true);
    expect(store.accounts.byId(a.id)).toMatchObject({ totpEnabled: true, mustSetupTotp: false });
  });
});
