import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CryptoError } from './errors';

const VERSION = 'v1';
const IV_BYTES = 12; // the size GCM is designed for (NIST SP 800-38D)
/** Full 128-bit tags only: a shortened tag would make forged rows far easier to find. */
const TAG_BYTES = 16;

/** Encrypts and decrypts personal content at rest with AES-256-GCM. */
export interface Cipher {
  /** `context` is bound to the ciphertext (AAD): a row copied under another id will not decrypt. */
  encrypt(plain: string, context: string): string;
  decrypt(payload: string, context: string): string;
}

/** A cipher with a 32-byte key. */
export function createCipher(key: Buffer): Cipher {
  if (key.length !== 32) throw new CryptoError('The encryption key must be 32 bytes');
  return {
    encrypt(plain, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
    },
    decrypt(payload, context) {
      const [version, iv, tag, data] = payload.split('.');
      if (version !== VERSION || !iv || !tag || data === undefined) throw new CryptoError('Unknown ciphertext format');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new CryptoError('Ciphertext could not be decrypted');
      }
    },
  };
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
