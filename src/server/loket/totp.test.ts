import { describe, expect, test } from 'vitest';
import { base32Decode, base32Encode, hotp, totpCode, verifyTotp } from './totp';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890", 8 digits.
const SEED = Buffer.from('12345678901234567890', 'ascii');
const VECTORS: [number, string][] = [
  [59, '94287082'], [1111111109, '07081804'], [1111111111, '14050471'],
  [1234567890, '89005924'], [2000000000, '69279037'], [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  for (const [seconds, code] of VECTORS) {
    test(`gives the RFC 6238 code at T=${seconds}`, () => {
      expect(hotp(SEED, Math.floor(seconds / 30), 8)).toBe(code);
    });
  }
  test('base32 round-trips the RFC seed', () => {
    expect(base32Encode(SEED)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual(SEED);
  });
  test('accepts the code of the previous and next step, not two steps away', () => {
    const secret = base32Encode(SEED), now = new Date(1_111_111_111_000);
    expect(verifyTotp(secret, totpCode(secret, new Date(now.getTime() - 30_000)), now)).toBeDefined();
    expect(verifyTotp(secret, totpCode(secret, new Date(now.getTime() + 30_000)), now)).toBeDefined();
    expect(verifyTotp(secret, totpCode(secret, new Date(now.getTime() - 60_000)), now)).toBeUndefined();
  });
  test('refuses a code that was used already', () => {
    const secret = base32Encode(SEED), now = new Date(1_111_111_111_000);
    const step = verifyTotp(secret, totpCode(secret, now), now)!;
    expect(verifyTotp(secret, totpCode(secret, now), now, step)).toBeUndefined();
  });
});
