import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CryptoError } from './errors';

/** Values written before keys had ids: `v1.<iv>.<tag>.<data>`. Still read; never written. */
const LEGACY_VERSION = 'v1';
/** `v2.<key id>.<iv>.<tag>.<data>`: the key id says which configured key made the value. */
const VERSION = 'v2';
const IV_BYTES = 12; // the size GCM is designed for (NIST SP 800-38D)
/** Full 128-bit tags only: a shortened tag would make forged rows far easier to find. */
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** Encrypts and decrypts personal content at rest with AES-256-GCM. */
export interface Cipher {
  /** `context` is bound to the ciphertext (AAD): a row copied under another id will not decrypt. Uses the current key. */
  encrypt(plain: string, context: string): string;
  /** Decrypts with the key the value names (values from before key ids: with whichever configured key made them). */
  decrypt(payload: string, context: string): string;
  /** The id of the key new values are encrypted with. */
  readonly currentKeyId: string;
  /** Every value under the current key starts with this; anything else is to be re-encrypted by a rotation. */
  readonly currentPrefix: string;
}

/**
 * A key's id: 8 hex characters of an HMAC of a fixed label under the key. It names the key in stored values and in
 * messages without revealing anything about it, and is the same wherever the key is configured.
 */
export function keyId(key: Buffer): string {
  return createHmac('sha256', key).update('krachtwijzer sleutel-id v1').digest('hex').slice(0, 8);
}

/**
 * A cipher over one key, or over a list of keys of which the first is the current one (new values) and the others
 * previous ones (read only, until a rotation has re-encrypted everything they made).
 */
export function createCipher(keys: Buffer | readonly Buffer[]): Cipher {
  const list = Buffer.isBuffer(keys) ? [keys] : [...keys];
  if (list.length === 0) throw new CryptoError('At least one encryption key is needed');
  if (list.some((k) => k.length !== KEY_BYTES)) throw new CryptoError('The encryption key must be 32 bytes');
  const byId = new Map<string, Buffer>();
  for (const key of list) {
    const id = keyId(key);
    if (byId.has(id)) throw new CryptoError(`The key with id ${id} is listed twice`);
    byId.set(id, key);
  }
  const current = list[0]!;
  const currentKeyId = keyId(current);
  // A value without a key id was made with the single key of that time; GCM's tag tells the right key apart.
  const legacyOrder = [...list].reverse();

  const open = (key: Buffer, iv: string, tag: string, data: string, context: string) => {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  };

  return {
    currentKeyId,
    currentPrefix: `${VERSION}.${currentKeyId}.`,
    encrypt(plain, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, currentKeyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
    },
    decrypt(payload, context) {
      const parts = payload.split('.');
      if (parts[0] === VERSION && parts.length === 5) {
        const [, id, iv, tag, data] = parts as [string, string, string, string, string];
        const key = byId.get(id);
        if (!key) {
          throw new CryptoError(`Ciphertext was made with key ${id}, which is not configured: add it to KRACHTWIJZER_ENCRYPTION_KEYS as a previous key`);
        }
        try {
          return open(key, iv, tag, data, context);
        } catch {
          throw new CryptoError('Ciphertext could not be decrypted');
        }
      }
      if (parts[0] === LEGACY_VERSION && parts.length === 4) {
        const [, iv, tag, data] = parts as [string, string, string, string];
        for (const key of legacyOrder) {
          try {
            return open(key, iv, tag, data, context);
          } catch {
            // not this key (or tampered): try the next
          }
        }
        throw new CryptoError('Ciphertext could not be decrypted');
      }
      throw new CryptoError('Unknown ciphertext format');
    },
  };
}

/** Parses KRACHTWIJZER_ENCRYPTION_KEYS: base64 keys of 32 bytes, separated by commas, the current one first. */
export function parseKeyList(value: string): Buffer[] {
  return value.split(',').map((k) => k.trim()).filter((k) => k !== '').map((k) => Buffer.from(k, 'base64'));
}

/**
 * The keys to use, the current one first: KRACHTWIJZER_ENCRYPTION_KEYS, else KRACHTWIJZER_ENCRYPTION_KEY, else the
 * key file in the data directory (see loadKey).
 */
export function loadKeys(config: { KRACHTWIJZER_ENCRYPTION_KEYS?: string | undefined; KRACHTWIJZER_ENCRYPTION_KEY?: string | undefined; KRACHTWIJZER_DATA_DIR: string }): Buffer[] {
  if (config.KRACHTWIJZER_ENCRYPTION_KEYS) {
    const keys = parseKeyList(config.KRACHTWIJZER_ENCRYPTION_KEYS);
    if (keys.length === 0 || keys.some((k) => k.length !== KEY_BYTES)) throw new CryptoError('KRACHTWIJZER_ENCRYPTION_KEYS must hold base64 keys of 32 bytes, separated by commas');
    return keys;
  }
  return [loadKey(config.KRACHTWIJZER_ENCRYPTION_KEY, config.KRACHTWIJZER_DATA_DIR)];
}

/**
 * The key from the environment, or else from `<dataDir>/encryption.key`, created with mode 0600
 * on first start. Losing the key file means losing the stored content: back it up separately.
 */
export function loadKey(envKey: string | undefined, dataDir: string): Buffer {
  if (envKey) return Buffer.from(envKey, 'base64');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'encryption.key');
  try {
    writeFileSync(file, randomBytes(32).toString('base64'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new CryptoError(`${file} does not hold a 32-byte base64 key`);
  return key;
}
