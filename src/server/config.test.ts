import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { engineOptions, loadConfig, secureCookies } from './config';
import { ConfigError } from './errors';

describe('the storage engine', () => {
  const key = randomBytes(32).toString('base64');

  test('is the embedded SQLite file in the data directory unless a PostgreSQL database is set', () => {
    expect(engineOptions(loadConfig({ KRACHTWIJZER_DATA_DIR: '/var/lib/kw' }))).toEqual({ kind: 'sqlite', dataDir: '/var/lib/kw' });
    expect(engineOptions(loadConfig({ KRACHTWIJZER_DATABASE_URL: 'postgres://kw:geheim@db.gemeente.nl:5432/kw', KRACHTWIJZER_ENCRYPTION_KEY: key })))
      .toEqual({ kind: 'postgres', url: 'postgres://kw:geheim@db.gemeente.nl:5432/kw' });
    expect(engineOptions(loadConfig({ KRACHTWIJZER_DATABASE_URL: 'postgresql://db/kw', KRACHTWIJZER_ENCRYPTION_KEY: key })).kind).toBe('postgres');
  });

  test('refuses PostgreSQL without a key in the environment, which every instance must share', () => {
    expect(() => loadConfig({ KRACHTWIJZER_DATABASE_URL: 'postgres://db/kw' })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid environment:
      ✖ is required with KRACHTWIJZER_DATABASE_URL (or KRACHTWIJZER_ENCRYPTION_KEYS): every instance on the database must use the same key, so it cannot be a key file per host. Make one with: node -e "console.log(crypto.randomBytes(32).toString('base64'))"
        → at KRACHTWIJZER_ENCRYPTION_KEY]
    `);
  });

  test('refuses a database address that is not postgres://', () => {
    expect(() => loadConfig({ KRACHTWIJZER_DATABASE_URL: 'mysql://db/kw', KRACHTWIJZER_ENCRYPTION_KEY: key })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid environment:
      ✖ use postgres://user:password@host:5432/database, or leave it unset for the embedded database
        → at KRACHTWIJZER_DATABASE_URL]
    `);
  });
});

describe('loadConfig', () => {
  test('has a default for everything, for a first start on a laptop', () => {
    expect(loadConfig({})).toEqual({
      KRACHTWIJZER_DATA_DIR: './data',
      KRACHTWIJZER_PUBLIC_URL: 'http://localhost:4321',
      KRACHTWIJZER_DRAFT_DAYS: 30,
      KRACHTWIJZER_GEDEELD_IDLE_SECONDS: 900,
      KRACHTWIJZER_GEMEENTE: 'demo',
      KRACHTWIJZER_LOKET_IDLE_MINUTES: 30,
      KRACHTWIJZER_LOKET_BEWAAR_MAANDEN: 12,
      KRACHTWIJZER_KLOPT_NIET_BEWAAR_MAANDEN: 6,
      KRACHTWIJZER_KLOPT_NIET_OPEN_MAANDEN: 12,
      KRACHTWIJZER_TRUSTED_PROXIES: 0,
      KRACHTWIJZER_MAIL_POGINGEN: 8,
      KRACHTWIJZER_KLOPT_NIET_PER_UUR: 5,
    });
  });

  test('needs a sender when an SMTP server is set', () => {
    expect(() => loadConfig({ KRACHTWIJZER_SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid environment:
      ✖ set the sender of the mails, e.g. "Krachtwijzer <noreply@gemeente.nl>", when KRACHTWIJZER_SMTP_URL is set
        → at KRACHTWIJZER_MAIL_FROM]
    `);
  });

  test('reads the SMTP server, the sender and the loket address', () => {
    const config = loadConfig({ KRACHTWIJZER_SMTP_URL: 'smtps://kw:geheim@smtp.gemeente.nl', KRACHTWIJZER_MAIL_FROM: 'Krachtwijzer <noreply@gemeente.nl>',
      KRACHTWIJZER_LOKET_MAIL: 'wmo@gemeente.nl' });
    expect(config).toMatchObject({ KRACHTWIJZER_SMTP_URL: 'smtps://kw:geheim@smtp.gemeente.nl', KRACHTWIJZER_LOKET_MAIL: 'wmo@gemeente.nl' });
  });

  test('refuses an SMTP address that is not smtp:// or smtps://', () => {
    expect(() => loadConfig({ KRACHTWIJZER_SMTP_URL: 'https://smtp.gemeente.nl', KRACHTWIJZER_MAIL_FROM: 'a@b.nl' })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid environment:
      ✖ use smtp://host:port or smtps://user:password@host, or leave it unset for no mail
        → at KRACHTWIJZER_SMTP_URL]
    `);
  });

  test('reads the werkplek idle timeout in minutes', () => {
    expect(loadConfig({ KRACHTWIJZER_LOKET_IDLE_MINUTES: '15' }).KRACHTWIJZER_LOKET_IDLE_MINUTES).toBe(15);
  });

  test('refuses an idle timeout shorter than its warning', () => {
    expect(() => loadConfig({ KRACHTWIJZER_LOKET_IDLE_MINUTES: '3' })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid environment:
      ✖ use at least 6 minutes (the warning comes 5 minutes before)
        → at KRACHTWIJZER_LOKET_IDLE_MINUTES]
    `);
  });

  test('refuses a shared-computer timeout that leaves less than 20 seconds after its warning', () => {
    expect(() => loadConfig({ KRACHTWIJZER_GEDEELD_IDLE_SECONDS: '30' })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid environment:
      ✖ use at least 40 seconds (the warning must leave 20 seconds to answer)
        → at KRACHTWIJZER_GEDEELD_IDLE_SECONDS]
    `);
  });

  test('accepts a 32-byte base64 encryption key', () => {
    const key = randomBytes(32).toString('base64');
    expect(loadConfig({ KRACHTWIJZER_ENCRYPTION_KEY: key }).KRACHTWIJZER_ENCRYPTION_KEY).toBe(key);
  });

  test('reads the number of days a draft is kept from text', () => {
    expect(loadConfig({ KRACHTWIJZER_DRAFT_DAYS: '14' }).KRACHTWIJZER_DRAFT_DAYS).toBe(14);
  });

  test('ignores other environment variables', () => {
    expect(loadConfig({ PATH: '/usr/bin', HOME: '/root' })).not.toHaveProperty('PATH');
  });

  test('refuses a wrong encryption key with a ConfigError', () => {
    expect(() => loadConfig({ KRACHTWIJZER_ENCRYPTION_KEY: 'geheim' })).toThrow(ConfigError);
  });

  test('names the variable and how to make a key when the encryption key is wrong', () => {
    expect(() => loadConfig({ KRACHTWIJZER_ENCRYPTION_KEY: randomBytes(16).toString('base64') })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid environment:
      ✖ must be 32 bytes in base64; make one with: node -e "console.log(crypto.randomBytes(32).toString('base64'))"
        → at KRACHTWIJZER_ENCRYPTION_KEY]
    `);
  });

  test('takes a list of keys for rotating, and with it PostgreSQL needs no single key', () => {
    const keys = `${randomBytes(32).toString('base64')},${randomBytes(32).toString('base64')}`;
    expect(loadConfig({ KRACHTWIJZER_ENCRYPTION_KEYS: keys }).KRACHTWIJZER_ENCRYPTION_KEYS).toBe(keys);
    expect(loadConfig({ KRACHTWIJZER_ENCRYPTION_KEYS: keys, KRACHTWIJZER_DATABASE_URL: 'postgres://db/kw' }).KRACHTWIJZER_DATABASE_URL).toBe('postgres://db/kw');
  });

  test('says how to write the list of keys when one is wrong, listed twice, or set beside the single key', () => {
    const key = randomBytes(32).toString('base64');
    expect(() => loadConfig({ KRACHTWIJZER_ENCRYPTION_KEYS: `${key},geheim` })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid environment:
      ✖ use keys of 32 bytes in base64, separated by commas, the current key first: <new key>,<previous key>
        → at KRACHTWIJZER_ENCRYPTION_KEYS]
    `);
    expect(() => loadConfig({ KRACHTWIJZER_ENCRYPTION_KEYS: `${key},${key}` })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid environment:
      ✖ lists a key twice: list each key once, the current key first
        → at KRACHTWIJZER_ENCRYPTION_KEYS]
    `);
    expect(() => loadConfig({ KRACHTWIJZER_ENCRYPTION_KEYS: key, KRACHTWIJZER_ENCRYPTION_KEY: key })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid environment:
      ✖ set either KRACHTWIJZER_ENCRYPTION_KEY or KRACHTWIJZER_ENCRYPTION_KEYS, not both: put the key of KRACHTWIJZER_ENCRYPTION_KEY in the list (after the new key) and unset it
        → at KRACHTWIJZER_ENCRYPTION_KEYS]
    `);
  });

  test('names the variable and gives an example when the public URL is wrong', () => {
    expect(() => loadConfig({ KRACHTWIJZER_PUBLIC_URL: 'krachtwijzer.gemeente.nl' })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid environment:
      ✖ use the full address with http:// or https://, e.g. https://krachtwijzer.gemeente.nl
        → at KRACHTWIJZER_PUBLIC_URL]
    `);
  });

  test('lists every problem at once', () => {
    expect(() => loadConfig({ KRACHTWIJZER_DRAFT_DAYS: '0', KRACHTWIJZER_GEMEENTE: 'Demo.yaml' })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid environment:
      ✖ Too small: expected number to be >=1
        → at KRACHTWIJZER_DRAFT_DAYS
      ✖ use the file name without .yaml, e.g. demo
        → at KRACHTWIJZER_GEMEENTE]
    `);
  });

  test('refuses to keep drafts longer than a year', () => {
    expect(() => loadConfig({ KRACHTWIJZER_DRAFT_DAYS: '366' })).toThrow(ConfigError);
  });

  test('refuses a public URL that is not http or https, such as krachtwijzer.gemeente.nl:443', () => {
    expect(() => loadConfig({ KRACHTWIJZER_PUBLIC_URL: 'krachtwijzer.gemeente.nl:443' })).toThrow(ConfigError);
  });
});

describe('secureCookies', () => {
  test('is on when the portal is reached over https', () => {
    expect(secureCookies(loadConfig({ KRACHTWIJZER_PUBLIC_URL: 'https://krachtwijzer.middenveld.nl' }))).toBe(true);
  });

  test('is off over plain http, e.g. on a laptop', () => {
    expect(secureCookies(loadConfig({}))).toBe(false);
  });
});
