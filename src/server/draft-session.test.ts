import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { draftZelfHuishouden } from '../../tests/fixtures/meldingen';
import type { App } from './app';
import { loadConfig } from './config';
import { createCipher } from './crypto';
import { DraftSession, SESSION_COOKIE, SHARED_COOKIE, type CookieJar } from './draft-session';
import type { Engine } from './db';
import { openSqliteEngine } from './db/sqlite';
import { engineRepository } from './storage/drafts-meldingen';

/** A browser's cookies across requests, with the options each was last set with. */
class Browser implements CookieJar {
  cookies = new Map<string, { value: string; maxAge?: number | undefined }>();
  get(name: string) { return this.cookies.get(name); }
  set(name: string, value: string, options: { maxAge?: number }) { this.cookies.set(name, { value, maxAge: options.maxAge }); }
  delete(name: string) { this.cookies.delete(name); }
}

let dir: string;
let engine: Engine;
let clock: Date;
let app: App;
const IDLE = 60;
const seconds = (n: number) => { clock = new Date(clock.getTime() + n * 1000); };
/** One request: a fresh session object over the browser's cookies, as middleware makes one per request. */
const request = (browser: Browser) => new DraftSession(browser, app);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-sessie-'));
  engine = openSqliteEngine(dir);
  clock = new Date('2026-12-01T10:00:00Z');
  app = {
    config: loadConfig({ KRACHTWIJZER_DATA_DIR: dir, KRACHTWIJZER_GEDEELD_IDLE_SECONDS: String(IDLE) }),
    repository: engineRepository(engine, createCipher(randomBytes(32))),
    now: () => clock,
  } as unknown as App;
});
afterEach(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a draft on a shared computer', () => {
  test('uses cookies that end with the browser (no Max-Age)', async () => {
    const browser = new Browser();
    await request(browser).useSharedComputer();
    await request(browser).save(draftZelfHuishouden);
    expect(browser.get(SHARED_COOKIE)).toEqual({ value: 'ja', maxAge: undefined });
    expect(browser.get(SESSION_COOKIE)?.maxAge).toBeUndefined();
  });

  test('is wiped on the server after the idle time, and the next request knows it ran out', async () => {
    const browser = new Browser();
    await request(browser).useSharedComputer();
    await request(browser).save(draftZelfHuishouden);
    seconds(IDLE + 1);
    const session = request(browser);
    expect((await session.load()).draft.levensgebieden).toEqual([]);
    expect(session.expired).toBe(true);
  });

  test('stays while there is activity: every request moves the expiry', async () => {
    const browser = new Browser();
    await request(browser).useSharedComputer();
    await request(browser).save(draftZelfHuishouden);
    for (let i = 0; i < 3; i++) {
      seconds(IDLE - 10);
      await request(browser).load();
    }
    const session = request(browser);
    expect((await session.load()).draft).toEqual(draftZelfHuishouden);
    expect(session.expired).toBe(false);
  });

  test('turning the mode on shortens a draft already started, and its cookie ends with the browser', async () => {
    const browser = new Browser();
    await request(browser).save(draftZelfHuishouden);
    expect(browser.get(SESSION_COOKIE)?.maxAge).toBe(30 * 24 * 60 * 60);
    await request(browser).useSharedComputer();
    expect(browser.get(SESSION_COOKIE)?.maxAge).toBeUndefined();
    seconds(IDLE + 1);
    expect((await request(browser).load()).draft.levensgebieden).toEqual([]);
  });

  test('wiping deletes the draft and both cookies', async () => {
    const browser = new Browser();
    await request(browser).useSharedComputer();
    await request(browser).save(draftZelfHuishouden);
    const key = browser.get(SESSION_COOKIE)!.value;
    await request(browser).wipe();
    expect([...browser.cookies.keys()]).toEqual([]);
    expect(await engine.db.selectFrom('drafts').select('session_key').execute()).toEqual([]);
    // The old cookie, if someone kept it, opens nothing.
    const kept = new Browser();
    kept.set(SESSION_COOKIE, key, {});
    expect((await request(kept).load()).draft.levensgebieden).toEqual([]);
  });
});

describe('a draft at home', () => {
  test('keeps its 30 days and is never called expired', async () => {
    const browser = new Browser();
    await request(browser).save(draftZelfHuishouden);
    seconds(IDLE * 60);
    const session = request(browser);
    expect((await session.load()).draft).toEqual(draftZelfHuishouden);
    expect(session.expired).toBe(false);
  });
});

describe('a session id the server never issued (session fixation)', () => {
  const PLANTED = 'A'.repeat(43);

  test('is replaced by a fresh id before a draft is saved, so whoever planted it reads nothing', async () => {
    const browser = new Browser();
    browser.set(SESSION_COOKIE, PLANTED, {});
    await request(browser).save(draftZelfHuishouden);
    expect(browser.get(SESSION_COOKIE)?.value).not.toBe(PLANTED);
    expect((await request(browser).load()).draft).toEqual(draftZelfHuishouden);
    const attacker = new Browser();
    attacker.set(SESSION_COOKIE, PLANTED, {});
    expect((await request(attacker).load()).draft.levensgebieden).toEqual([]);
    expect(await request(attacker).currentKey()).toBeUndefined();
  });

  test('is replaced on a shared computer too', async () => {
    const browser = new Browser();
    browser.set(SESSION_COOKIE, PLANTED, {});
    await request(browser).useSharedComputer();
    await request(browser).save(draftZelfHuishouden);
    expect(browser.get(SESSION_COOKIE)).toMatchObject({ maxAge: undefined });
    expect(browser.get(SESSION_COOKIE)?.value).not.toBe(PLANTED);
  });

  test('an id the server issued keeps its draft', async () => {
    const browser = new Browser();
    await request(browser).save(draftZelfHuishouden);
    const issued = browser.get(SESSION_COOKIE)!.value;
    await request(browser).save({ ...draftZelfHuishouden });
    expect(browser.get(SESSION_COOKIE)?.value).toBe(issued);
    expect(await request(browser).currentKey()).toMatch(/^[0-9a-f]{64}$/);
  });
});
