import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * How a resume code is stored: never as text, only as two HMAC-SHA256 values under a server secret.
 *
 * - `lookup` = HMAC(secret, code): finds the row without scanning every row (a per-row salt alone would make that
 *   impossible), and reveals nothing without the secret.
 * - `check` = HMAC(secret, salt ‖ code ‖ factor), with a random 16-byte salt per row: confirms the second factor.
 *
 * Why HMAC and not scrypt: the code itself carries about 58 random bits, so a slow hash adds nothing against
 * guessing; what matters is that a copy of the database alone is useless, and it is, because the secret lives with
 * the encryption key, not in the database. A fast hash also means failed guesses cannot be used to load the CPU.
 * The low-entropy part (a year of birth) is protected by the throttle, not by the hash.
 */
export interface CodeHasher {
  lookup(code: string): string;
  /** A fresh salt and the check value for this code and factor. */
  seal(code: string, factor: string): { salt: string; check: string };
  /** Whether code and factor match a stored salt and check value (constant time). */
  matches(code: string, factor: string, salt: string, check: string): boolean;
}

/** The secret for resume codes, derived from the encryption key (HKDF-SHA256, own label), so no second key to manage. */
export function deriveCodeSecret(encryptionKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', encryptionKey, Buffer.alloc(0), 'krachtwijzer later-verder code v1', 32));
}

export function codeHasher(secret: Buffer): CodeHasher {
  const mac = (...parts: string[]) => {
    const h = createHmac('sha256', secret);
    // Length-prefixed, so ("ab", "c") and ("a", "bc") never give the same input.
    for (const part of parts) h.update(`${Buffer.byteLength(part)}:${part};`);
    return h.digest('hex');
  };
  const checkFor = (salt: string, code: string, factor: string) => mac('check', salt, code, factor);
  return {
    lookup: (code) => mac('lookup', code),
    seal(code, factor) {
      const salt = randomBytes(16).toString('hex');
      return { salt, check: checkFor(salt, code, factor) };
    },
    matches(code, factor, salt, check) {
      const expected = Buffer.from(checkFor(salt, code, factor), 'hex');
      const stored = Buffer.from(check, 'hex');
      return stored.length === expected.length && timingSafeEqual(stored, expected);
    },
  };
}
