import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt parameters (RFC 7914), stored with every hash so they can be raised later without breaking old ones.
 * N = 2^15, r = 8, p = 1 uses 32 MiB and about 50-100 ms per check: OWASP's recommended minimum for scrypt.
 */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1, keylen: 32, saltBytes: 16 } as const;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number; keylen: number }): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, params.keylen, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** `scrypt$N$r$p$salt$hash` (salt and hash base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SCRYPT_PARAMS.saltBytes);
  const key = await derive(password, salt, SCRYPT_PARAMS);
  const { N, r, p } = SCRYPT_PARAMS;
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether the password matches the stored hash; compares in constant time. A malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const params = { N: Number(n), r: Number(r), p: Number(p), keylen: expected.length };
  if (![params.N, params.r, params.p].every((v) => Number.isInteger(v) && v > 0) || expected.length < 16) return false;
  const actual = await derive(password, Buffer.from(salt, 'base64url'), params);
  return timingSafeEqual(actual, expected);
}

/** A hash of a random password: checked when the e-mail is unknown, so the answer takes as long either way. */
export const DUMMY_HASH = await hashPassword(randomBytes(16).toString('hex'));

/** A one-time password for a new account: 20 characters without look-alikes (about 100 bits). */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(40);
  let out = '';
  for (const b of bytes) {
    if (b >= 216) continue; // 216 = 4 × 54: no modulo bias
    out += alphabet[b % alphabet.length];
    if (out.length === 20) break;
  }
  return out.length === 20 ? out : generatePassword();
}
