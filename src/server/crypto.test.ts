import { createCipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createCipher, keyId, loadKey, loadKeys } from './crypto';
import { CryptoError } from './errors';

const cipher = createCipher(randomBytes(32));
const PLAIN = 'Ik durf niet naar huis. — é ü 🙂';

/** Changes one character of the base64url part `index` (2 = IV, 3 = tag, 4 = data) of a payload. */
function tamper(payload: string, index: number): string {
  const parts = payload.split('.');
  const part = parts[index]!;
  parts[index] = (part[0] === 'A' ? 'B' : 'A') + part.slice(1);
  return parts.join('.');
}

describe('createCipher', () => {
  test('decrypts what it encrypted', () => {
    expect(cipher.decrypt(cipher.encrypt(PLAIN, 'draft:1'), 'draft:1')).toBe(PLAIN);
  });

  test('decrypts an empty text', () => {
    expect(cipher.decrypt(cipher.encrypt('', 'draft:1'), 'draft:1')).toBe('');
  });

  test('does not show the text in the ciphertext', () => {
    expect(cipher.encrypt(PLAIN, 'draft:1')).not.toContain('durf');
  });

  test('refuses to decrypt under another context, e.g. a row copied to another session', () => {
    const payload = cipher.encrypt(PLAIN, 'draft:1');
    expect(() => cipher.decrypt(payload, 'draft:2')).toThrow(CryptoError);
  });

  test('refuses a changed ciphertext', () => {
    expect(() => cipher.decrypt(tamper(cipher.encrypt(PLAIN, 'draft:1'), 4), 'draft:1')).toThrow(CryptoError);
  });

  test('refuses a changed authentication tag', () => {
    expect(() => cipher.decrypt(tamper(cipher.encrypt(PLAIN, 'draft:1'), 3), 'draft:1')).toThrow(CryptoError);
  });

  test('refuses a changed IV', () => {
    expect(() => cipher.decrypt(tamper(cipher.encrypt(PLAIN, 'draft:1'), 2), 'draft:1')).toThrow(CryptoError);
  });

  test('refuses a shortened authentication tag', () => {
    const [version, id, iv, tag, data] = cipher.encrypt(PLAIN, 'draft:1').split('.');
    const short = [version, id, iv, Buffer.from(tag!, 'base64url').subarray(0, 4).toString('base64url'), data].join('.');
    expect(() => cipher.decrypt(short, 'draft:1')).toThrow(CryptoError);
  });

  test('refuses a text in an unknown format', () => {
    expect(() => cipher.decrypt('{"naam":"Greet"}', 'draft:1')).toThrow(CryptoError);
  });

  test('refuses to decrypt with another key', () => {
    const payload = cipher.encrypt(PLAIN, 'draft:1');
    expect(() => createCipher(randomBytes(32)).decrypt(payload, 'draft:1')).toThrow(CryptoError);
  });

  test('uses a fresh IV each time: the same text encrypts differently', () => {
    const [a, b] = [cipher.encrypt(PLAIN, 'draft:1'), cipher.encrypt(PLAIN, 'draft:1')];
    expect([a === b, a.split('.')[2] === b.split('.')[2]]).toEqual([false, false]);
  });

  test('uses a 12-byte IV and a 16-byte tag, and names the key by its id', () => {
    const [version, id, iv, tag] = cipher.encrypt(PLAIN, 'draft:1').split('.');
    expect([version, id, Buffer.from(iv!, 'base64url').length, Buffer.from(tag!, 'base64url').length]).toEqual(['v2', cipher.currentKeyId, 12, 16]);
  });

  test('refuses a key that is not 32 bytes', () => {
    expect(() => createCipher(randomBytes(16))).toThrow(CryptoError);
  });
});

/** A value as the portal wrote it before keys had ids: `v1.<iv>.<tag>.<data>`. */
function legacyEncrypt(key: Buffer, plain: string, context: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  c.setAAD(Buffer.from(context, 'utf8'));
  const data = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return ['v1', iv.toString('base64url'), c.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
}

describe('several keys', () => {
  const a = randomBytes(32);
  const b = randomBytes(32);
  const rotating = createCipher([b, a]);

  test('encrypts with the first (current) key', () => {
    const payload = rotating.encrypt(PLAIN, 'melding:KW-1');
    expect([payload.startsWith(rotating.currentPrefix), rotating.currentKeyId]).toEqual([true, keyId(b)]);
    expect(createCipher(b).decrypt(payload, 'melding:KW-1')).toBe(PLAIN);
  });

  test('decrypts a value made with a previous key, by its id', () => {
    expect(rotating.decrypt(createCipher(a).encrypt(PLAIN, 'melding:KW-1'), 'melding:KW-1')).toBe(PLAIN);
  });

  test('reads values from before key ids, with the key that made them', () => {
    expect(createCipher(a).decrypt(legacyEncrypt(a, PLAIN, 'draft:1'), 'draft:1')).toBe(PLAIN);
    expect(rotating.decrypt(legacyEncrypt(a, PLAIN, 'draft:1'), 'draft:1')).toBe(PLAIN);
    expect(rotating.decrypt(legacyEncrypt(b, PLAIN, 'draft:1'), 'draft:1')).toBe(PLAIN);
  });

  test('refuses an old value under another context, or changed, or made with a key that is not configured', () => {
    expect(() => rotating.decrypt(legacyEncrypt(a, PLAIN, 'draft:1'), 'draft:2')).toThrow(CryptoError);
    expect(() => rotating.decrypt(tamper(legacyEncrypt(a, PLAIN, 'draft:1'), 3), 'draft:1')).toThrow(CryptoError);
    expect(() => rotating.decrypt(legacyEncrypt(randomBytes(32), PLAIN, 'draft:1'), 'draft:1')).toThrow(CryptoError);
  });

  test('refuses a value under another context with a previous key too', () => {
    expect(() => rotating.decrypt(createCipher(a).encrypt(PLAIN, 'melding:KW-1'), 'melding:KW-2')).toThrow(CryptoError);
  });

  test('a value made with a key that is no longer configured gives a clear error naming its id', () => {
    const payload = createCipher(a).encrypt(PLAIN, 'draft:1');
    expect(() => createCipher(b).decrypt(payload, 'draft:1')).toThrow(`Ciphertext was made with key ${keyId(a)}, which is not configured`);
    expect(() => createCipher(b).decrypt(payload, 'draft:1')).toThrow(CryptoError);
  });

  test('detects a changed key id: the value does not decrypt under another configured key', () => {
    const parts = createCipher(a).encrypt(PLAIN, 'draft:1').split('.');
    parts[1] = keyId(b);
    expect(() => rotating.decrypt(parts.join('.'), 'draft:1')).toThrow('Ciphertext could not be decrypted');
  });

  test('the key id is short, stable, and not the key', () => {
    expect(keyId(a)).toMatch(/^[0-9a-f]{8}$/);
    expect(keyId(a)).toBe(keyId(Buffer.from(a)));
    expect(keyId(a)).not.toBe(keyId(b));
    expect(a.toString('hex')).not.toContain(keyId(a));
  });

  test('refuses an empty list and a key listed twice', () => {
    expect(() => createCipher([])).toThrow(CryptoError);
    expect(() => createCipher([a, Buffer.from(a)])).toThrow(CryptoError);
  });

  test('loadKeys: the list over the single key; the single key, or else the key file, otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-keys-'));
    try {
      const list = `${b.toString('base64')}, ${a.toString('base64')}`;
      expect(loadKeys({ KRACHTWIJZER_ENCRYPTION_KEYS: list, KRACHTWIJZER_DATA_DIR: dir })).toEqual([b, a]);
      expect(loadKeys({ KRACHTWIJZER_ENCRYPTION_KEY: a.toString('base64'), KRACHTWIJZER_DATA_DIR: dir })).toEqual([a]);
      expect(existsSync(join(dir, 'encryption.key'))).toBe(false);
      expect(loadKeys({ KRACHTWIJZER_DATA_DIR: dir })).toEqual([Buffer.from(readFileSync(join(dir, 'encryption.key'), 'utf8'), 'base64')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('loadKey', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-key-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  test('creates encryption.key with a 32-byte key on first start', () => {
    const dir = tempDir();
    const key = loadKey(undefined, dir);
    expect([key.length, Buffer.from(readFileSync(join(dir, 'encryption.key'), 'utf8'), 'base64').equals(key)]).toEqual([32, true]);
  });

  test('makes the key file readable for the owner only (0600)', () => {
    const dir = tempDir();
    loadKey(undefined, dir);
    expect((statSync(join(dir, 'encryption.key')).mode & 0o777).toString(8)).toBe('600');
  });

  test('creates a missing data directory, for the owner only (0700)', () => {
    const dir = join(tempDir(), 'data');
    loadKey(undefined, dir);
    expect((statSync(dir).mode & 0o777).toString(8)).toBe('700');
  });

  test('reuses the key file on the next start', () => {
    const dir = tempDir();
    expect(loadKey(undefined, dir).equals(loadKey(undefined, dir))).toBe(true);
  });

  test('uses the key from the environment over a key file', () => {
    const dir = tempDir();
    loadKey(undefined, dir);
    const envKey = randomBytes(32);
    expect(loadKey(envKey.toString('base64'), dir).equals(envKey)).toBe(true);
  });

  test('creates no key file when the environment holds the key', () => {
    const dir = tempDir();
    loadKey(randomBytes(32).toString('base64'), dir);
    expect(existsSync(join(dir, 'encryption.key'))).toBe(false);
  });

  test('refuses a key file that does not hold 32 bytes', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'encryption.key'), randomBytes(16).toString('base64'));
    expect(() => loadKey(undefined, dir)).toThrow(CryptoError);
  });

  test('accepts a key file with a trailing newline', () => {
    const dir = tempDir();
    const key = randomBytes(32);
    writeFileSync(join(dir, 'encryption.key'), `${key.toString('base64')}\n`);
    expect(loadKey(undefined, dir).equals(key)).toBe(true);
  });
});
