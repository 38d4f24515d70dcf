// scrypt makes each login cost ~100 ms on purpose; on a busy machine a test of five logins needs more than 5 s.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { beforeEach, describe, expect, test } from 'vitest';
import { createCipher } from '../crypto';
import { forEachEngine } from '../db/testing/engines';
import { loketStore, type LoketStore } from '.';
import { changePassword, checkPassword, checkTotp, confirmTotpSetup } from './login';
import { verifyPassword } from './password';
import { THROTTLE } from './throttle';
import { totpCode } from './totp';

const NOW = new Date('2026-03-03T09:30:00.000Z');
const MINUTE = 60_000;
const later = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);
const IP = '192.0.2.1';
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const cipher = createCipher(randomBytes(32));

forEachEngine('werkplek store', ({ kind, engine, connectAgain }) => {
  let store: LoketStore;
  beforeEach(() => {
    store = loketStore(engine(), cipher, 30);
  });
  const rows = async (table: string) => (await sql.raw(`SELECT * FROM ${table}`).execute(engine().db)).rows;

  async function account(role: 'beheerder' | 'loketmedewerker' = 'loketmedewerker') {
    const a = (await store.accounts.add('mw@gemeente.nl', role, 'eenmalig-wachtwoord', NOW))!;
    await store.accounts.setPassword(a.id, 'mijn eigen wachtwoord');
    return a;
  }

  describe('accounts', { timeout: 30_000 }, () => {
    test('reads a new account back the same on every engine: flags as booleans, times as ISO strings', async () => {
      const a = await store.accounts.add('mw@gemeente.nl', 'beheerder', 'eenmalig-wachtwoord', NOW);
      expect(a).toEqual({
        id: expect.any(String), email: 'mw@gemeente.nl', role: 'beheerder', passwordHash: expect.stringMatching(/^scrypt\$/),
        mustChangePassword: true, totpEnabled: false, totpLastStep: -1, disabled: false, createdAt: NOW.toISOString(), mustSetupTotp: false,
      });
      expect(await store.accounts.byEmail('mw@gemeente.nl')).toEqual(a);
      expect(await store.accounts.byId('onbekend')).toBeUndefined();
    });
    test('refuses a second account on the same address', async () => {
      await account();
      expect(await store.accounts.add('mw@gemeente.nl', 'beheerder', 'ander-wachtwoord', NOW)).toBeUndefined();
      expect(await store.accounts.list()).toHaveLength(1);
    });
    test('lists by e-mail address in byte order, as on every engine', async () => {
      for (const email of ['anna_b@gemeente.nl', 'anna.c@gemeente.nl', 'Bert@gemeente.nl', 'anna-d@gemeente.nl']) {
        await store.accounts.add(email, 'loketmedewerker', 'eenmalig-wachtwoord', NOW);
      }
      expect((await store.accounts.list()).map((a) => a.email)).toEqual(['Bert@gemeente.nl', 'anna-d@gemeente.nl', 'anna.c@gemeente.nl', 'anna_b@gemeente.nl']);
    });
    test('switching an account off ends its sessions; switching it on again lets it log in', async () => {
      const a = await account();
      const session = await store.sessions.create(a.id, 'actief', NOW);
      await store.accounts.setDisabled(a.id, true);
      expect([(await store.accounts.byId(a.id))?.disabled, await store.sessions.get(session, NOW)]).toEqual([true, undefined]);
      expect((await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, NOW)).ok).toBe(false);
      await store.accounts.setDisabled(a.id, false);
      expect((await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, NOW)).ok).toBe(true);
    });
  });

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
      expect(await store.throttle.isLocked('mw@gemeente.nl', NOW)).toBe(true);
      await store.throttle.unlock('mw@gemeente.nl');
      expect(await store.throttle.isLocked('mw@gemeente.nl', NOW)).toBe(false);
      expect((await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, NOW)).ok).toBe(true);
    });
    test(`blocks an IP address after ${THROTTLE.perIp} failures on any addresses`, async () => {
      for (let i = 0; i < THROTTLE.perIp; i++) await store.throttle.fail(`iemand${i}@gemeente.nl`, IP, NOW);
      expect(await store.throttle.isBlocked('ander@gemeente.nl', IP, NOW)).toBe(true);
      expect(await store.throttle.isBlocked('ander@gemeente.nl', '192.0.2.2', NOW)).toBe(false);
    });
    test('counts the failures of every instance on the database', async () => {
      const other = loketStore(connectAgain(), cipher, 30);
      for (let i = 0; i < THROTTLE.perAccount - 1; i++) expect(await (i % 2 ? other : store).throttle.fail('mw@gemeente.nl', IP, NOW)).toBe(false);
      expect(await other.throttle.isLocked('mw@gemeente.nl', NOW)).toBe(false);
      expect(await other.throttle.fail('mw@gemeente.nl', IP, NOW)).toBe(true);
      expect(await store.throttle.isLocked('mw@gemeente.nl', NOW)).toBe(true);
    });
    test('of wrong tries at the same moment, exactly one says that it locked the address', async () => {
      // On PostgreSQL from two instances at once; the embedded file is one process's, whose engine writes one transaction at a time.
      const stores = kind === 'postgres' ? [store, loketStore(connectAgain(), cipher, 30)] : [store];
      const locked = await Promise.all(Array.from({ length: THROTTLE.perAccount + 3 }, (_, i) =>
        stores[i % stores.length]!.throttle.fail('mw@gemeente.nl', IP, NOW)));
      expect(locked.filter(Boolean)).toHaveLength(1);
    });
    test('keeps no addresses, only their hashes, and forgets failures older than the window', async () => {
      await store.throttle.fail('mw@gemeente.nl', IP, NOW);
      await store.throttle.fail('mw@gemeente.nl', IP, later(THROTTLE.windowMinutes));
      expect(JSON.stringify(await rows('loket_login_failures'))).not.toMatch(/mw@gemeente|192\.0\.2\.1/);
      await store.throttle.deleteOld(later(THROTTLE.windowMinutes + 1));
      expect(await rows('loket_login_failures')).toHaveLength(2);
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
      for (let i = 0; i < THROTTLE.perIp; i++) await store.throttle.fail(`iemand${i}@gemeente.nl`, IP, NOW);
      const { hashes, verify } = countingVerifier();
      expect(await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, NOW, verify)).toEqual({ ok: false, reason: 'blocked' });
      expect(hashes).toHaveLength(1);
    });
  });

  describe('the first login\'s new password', { timeout: 30_000 }, () => {
    async function firstLogin() {
      const a = (await store.accounts.add('jan.devries@gemeente.nl', 'loketmedewerker', 'Eenmalig7Wachtwoord9xQ', NOW))!;
      const id = await store.sessions.create(a.id, 'nieuw-wachtwoord', NOW);
      return { id, key: (await store.sessions.get(id, NOW))!.key, accountId: a.id };
    }
    test('may not be the one-time password', async () => {
      const session = await firstLogin();
      expect(await changePassword(store, session, 'Eenmalig7Wachtwoord9xQ', NOW)).toEqual({ ok: false, error: 'errors.loket.nieuwWachtwoord.same' });
      expect((await store.accounts.byId(session.accountId))?.mustChangePassword).toBe(true);
    });
    test('may not be easy to guess, nor built on the e-mail address', async () => {
      const session = await firstLogin();
      expect(await changePassword(store, session, 'aaaaaaaaaaaa', NOW)).toEqual({ ok: false, error: 'errors.loket.nieuwWachtwoord.common' });
      expect(await changePassword(store, session, 'jan.devries@gemeente.nl', NOW)).toEqual({ ok: false, error: 'errors.loket.nieuwWachtwoord.email' });
    });
    test('a passphrase of the medewerker\'s own is taken, and the one-time password stops working', async () => {
      const session = await firstLogin();
      expect(await changePassword(store, session, 'een lang eigen wachtwoord', NOW)).toMatchObject({ ok: true, stage: 'actief' });
      expect(await store.sessions.get(session.id, NOW)).toMatchObject({ stage: 'actief' });
      expect((await store.accounts.byId(session.accountId))?.mustChangePassword).toBe(false);
      expect((await checkPassword(store, 'jan.devries@gemeente.nl', 'Eenmalig7Wachtwoord9xQ', IP, NOW)).ok).toBe(false);
    });
  });

  describe('sessions', { timeout: 30_000 }, () => {
    test('end after the idle timeout', async () => {
      const a = await account();
      const id = await store.sessions.create(a.id, 'actief', NOW);
      expect(await store.sessions.get(id, later(29))).toBeDefined();
      expect(await store.sessions.get(id, later(31))).toBeUndefined();
    });
    test('stay alive while used, up to the working day\'s maximum', async () => {
      const a = await account();
      const id = await store.sessions.create(a.id, 'actief', NOW);
      await store.sessions.touch((await store.sessions.get(id, later(20)))!.key, later(20));
      expect(await store.sessions.get(id, later(45))).toMatchObject({ accountId: a.id, stage: 'actief', lastSeenAt: later(20) });
      for (let minutes = 40; minutes <= 12 * 60; minutes += 20) await store.sessions.touch((await store.sessions.get(id, later(minutes)))!.key, later(minutes));
      expect(await store.sessions.get(id, later(12 * 60 + 1))).toBeUndefined();
    });
    test('logging out everywhere ends every session of the account', async () => {
      const a = await account();
      const one = await store.sessions.create(a.id, 'actief', NOW), two = await store.sessions.create(a.id, 'actief', NOW);
      expect(await store.sessions.deleteAllFor(a.id)).toBe(2);
      expect([await store.sessions.get(one, NOW), await store.sessions.get(two, NOW)]).toEqual([undefined, undefined]);
    });
    test('are stored only as a hash of the cookie value', async () => {
      const a = await account();
      const id = await store.sessions.create(a.id, 'actief', NOW);
      expect(JSON.stringify(await rows('loket_sessions'))).not.toContain(id);
      expect(await store.sessions.get('niet-een-sessie', NOW)).toBeUndefined();
    });
    test('a session started on one instance is served by another, and a logout on one holds on both', async () => {
      const a = await account();
      const other = loketStore(connectAgain(), cipher, 30);
      const id = await store.sessions.create(a.id, 'totp', NOW);
      const there = (await other.sessions.get(id, later(1)))!;
      expect(there).toMatchObject({ accountId: a.id, stage: 'totp' });
      await other.sessions.setStage(there.key, 'actief');
      expect(await store.sessions.get(id, later(2))).toMatchObject({ stage: 'actief' });
      await store.sessions.delete(there.key);
      expect(await other.sessions.get(id, later(3))).toBeUndefined();
    });
    test('the hourly clean-up deletes idle and too old sessions only', async () => {
      const a = await account();
      const idle = await store.sessions.create(a.id, 'actief', NOW);
      const live = await store.sessions.create(a.id, 'actief', later(100));
      await store.sessions.deleteExpired(later(120));
      expect((await rows('loket_sessions')).length).toBe(1);
      expect([await store.sessions.get(idle, later(120)), (await store.sessions.get(live, later(120)))?.accountId]).toEqual([undefined, a.id]);
    });
  });

  describe('TOTP login', { timeout: 30_000 }, () => {
    test('a beheerder sets up TOTP, then needs a code at every login', async () => {
      const a = await account('beheerder');
      const first = await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, NOW);
      expect(first).toMatchObject({ ok: true, stage: 'totp-instellen' });
      await store.accounts.setPendingTotp(a.id, SECRET);
      const session = (await store.sessions.get(first.ok ? first.sessionId : '', NOW))!;
      expect(await confirmTotpSetup(store, session, totpCode(SECRET, NOW), NOW)).toBe(true);
      expect(await store.accounts.byId(a.id)).toMatchObject({ totpEnabled: true, mustSetupTotp: false });
      const second = await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, later(1));
      expect(second).toMatchObject({ ok: true, stage: 'totp' });
      const s2 = (await store.sessions.get(second.ok ? second.sessionId : '', later(1)))!;
      expect(await checkTotp(store, s2, '000000', IP, later(1))).toEqual({ ok: false, reason: 'failed' });
      expect(await checkTotp(store, s2, totpCode(SECRET, later(1)), IP, later(1))).toEqual({ ok: true, stage: 'actief' });
      // The same code cannot be used twice.
      const third = await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, later(1));
      const s3 = (await store.sessions.get(third.ok ? third.sessionId : '', later(1)))!;
      expect(await checkTotp(store, s3, totpCode(SECRET, later(1)), IP, later(1))).toEqual({ ok: false, reason: 'failed' });
    });
    test('stores the TOTP secret encrypted', async () => {
      const a = await account();
      await store.accounts.setPendingTotp(a.id, SECRET);
      expect(JSON.stringify(await rows('loket_accounts'))).not.toContain('GEZDGNBV');
      expect(await store.accounts.totpSecret(a.id)).toBe(SECRET);
    });
  });

  describe('audit log', { timeout: 30_000 }, () => {
    test('records logins, failures and lockouts without passwords', async () => {
      await account();
      for (let i = 0; i < THROTTLE.perAccount; i++) await checkPassword(store, 'mw@gemeente.nl', 'geheim-fout', IP, NOW);
      const { entries } = await store.audit.list({ pagina: 1, wie: 'mw@gemeente.nl' });
      expect(entries.map((e) => e.action)).toContain('account-geblokkeerd');
      expect(JSON.stringify(await rows('loket_audit'))).not.toContain('geheim-fout');
    });
    test('cannot be changed or deleted, not even with SQL', async () => {
      await store.audit.write({ actor: 'a@b.nl', action: 'melding-bekeken', referentie: 'KW-ABCD-2345' }, NOW);
      await expect(sql`UPDATE loket_audit SET actor = 'x'`.execute(engine().db)).rejects.toThrow(/append-only/);
      await expect(sql`DELETE FROM loket_audit`.execute(engine().db)).rejects.toThrow(/append-only/);
      if (kind === 'postgres') await expect(sql`TRUNCATE loket_audit`.execute(engine().db)).rejects.toThrow(/append-only/);
      expect(await store.audit.list({ pagina: 1 })).toEqual({ total: 1, entries: [
        { id: expect.any(Number), at: NOW.toISOString(), actor: 'a@b.nl', action: 'melding-bekeken', referentie: 'KW-ABCD-2345', subject: null }] });
    });
    test('filters by action, reference and person (as actor or as subject)', async () => {
      await store.audit.write({ actor: 'a@b.nl', action: 'melding-bekeken', referentie: 'KW-ABCD-2345' }, NOW);
      await store.audit.write({ actor: 'a@b.nl', action: 'inloggen' }, NOW);
      await store.audit.write({ actor: 'beheer@b.nl', action: 'account-ontgrendeld', subject: 'c@b.nl' }, NOW);
      expect((await store.audit.list({ pagina: 1, referentie: 'KW-ABCD-2345' })).total).toBe(1);
      expect((await store.audit.list({ pagina: 1, actie: 'inloggen' })).entries[0]?.action).toBe('inloggen');
      expect((await store.audit.list({ pagina: 1, wie: 'C@b.nl' })).entries.map((e) => e.action)).toEqual(['account-ontgrendeld']);
    });
    test('filters by a date range, from one instant up to (not including) another', async () => {
      await store.audit.write({ actor: 'a@b.nl', action: 'inloggen' }, new Date('2026-11-30T22:59:59.000Z'));
      await store.audit.write({ actor: 'a@b.nl', action: 'melding-bekeken' }, new Date('2026-11-30T23:00:00.000Z'));
      await store.audit.write({ actor: 'a@b.nl', action: 'uitloggen' }, new Date('2026-12-01T22:59:59.000Z'));
      await store.audit.write({ actor: 'a@b.nl', action: 'inloggen' }, new Date('2026-12-01T23:00:00.000Z'));
      const { entries } = await store.audit.list({ pagina: 1, van: new Date('2026-11-30T23:00:00.000Z'), totVoor: new Date('2026-12-01T23:00:00.000Z') });
      expect(entries.map((e) => e.action)).toEqual(['uitloggen', 'melding-bekeken']);
    });
    test('pages newest first, with the total of every page', async () => {
      for (let i = 0; i < 51; i++) await store.audit.write({ actor: `mw${i}@b.nl`, action: 'inloggen' }, NOW);
      const [first, second] = [await store.audit.list({ pagina: 1 }), await store.audit.list({ pagina: 2 })];
      expect([first.total, first.entries.length, first.entries[0]?.actor, second.total, second.entries.map((e) => e.actor)])
        .toEqual([51, 50, 'mw50@b.nl', 51, ['mw0@b.nl']]);
    });
  });

  describe('resetting the second step (a lost phone)', { timeout: 30_000 }, () => {
    test('removes the secret, ends every session, and asks for a new second step at the next login, also for a medewerker', async () => {
      const a = await account('loketmedewerker');
      await store.accounts.setPendingTotp(a.id, SECRET);
      await store.accounts.enableTotp(a.id, 1);
      const session = await store.sessions.create(a.id, 'actief', NOW);
      await store.accounts.resetTotp(a.id);
      expect(await store.accounts.totpSecret(a.id)).toBeUndefined();
      expect(await store.accounts.byId(a.id)).toMatchObject({ totpEnabled: false, totpLastStep: -1, mustSetupTotp: true });
      expect(await store.sessions.get(session, NOW)).toBeUndefined();
      const login = await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, NOW);
      expect(login).toMatchObject({ ok: true, stage: 'totp-instellen' });
    });
    test('lets a medewerker in without a code once the new second step is set up', async () => {
      const a = await account('loketmedewerker');
      await store.accounts.resetTotp(a.id);
      const login = await checkPassword(store, 'mw@gemeente.nl', 'mijn eigen wachtwoord', IP, NOW);
      if (!login.ok) throw new Error('login failed');
      const key = (await store.sessions.get(login.sessionId, NOW))!.key;
      await store.accounts.setPendingTotp(a.id, SECRET);
      expect(await confirmTotpSetup(store, { key, accountId: a.id, stage: 'totp-instellen' }, totpCode(SECRET, NOW), NOW)).toBe(true);
      expect(await store.accounts.byId(a.id)).toMatchObject({ totpEnabled: true, mustSetupTotp: false });
    });
  });
});
