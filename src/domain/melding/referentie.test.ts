import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { REFERENTIE_ALFABET, referentieFromBytes, ReferentieSchema } from './referentie';

const bytes = (...values: number[]) => Uint8Array.from(values);
/** 256 - 256 % 29: bytes from here on are skipped, so every character is equally likely. */
const LIMIT = 232;

describe('the alphabet of a reference code', () => {
  test('has no characters that are easily misheard or mistyped: 0, O, 1, I, L, U, V', () => {
    expect([...'0O1ILUV'].filter((c) => REFERENTIE_ALFABET.includes(c))).toEqual([]);
  });

  test('has each character once', () => {
    expect(new Set(REFERENTIE_ALFABET).size).toBe(REFERENTIE_ALFABET.length);
  });

  test('has only digits and capital letters', () => {
    expect(REFERENTIE_ALFABET).toMatch(/^[2-9A-Z]+$/);
  });

  test(`has 29 characters, so bytes from ${LIMIT} on are the ones to skip`, () => {
    expect(256 - (256 % REFERENTIE_ALFABET.length)).toBe(LIMIT);
  });
});

describe('referentieFromBytes', () => {
  test('builds a code KW-XXXX-XXXX, one character per byte', () => {
    expect(referentieFromBytes(bytes(0, 1, 2, 3, 4, 5, 6, 7))).toBe('KW-2345-6789');
  });

  test('wraps around the alphabet: byte 29 is the same character as byte 0', () => {
    expect(referentieFromBytes(bytes(29, 30, 31, 32, 33, 34, 35, 36))).toBe('KW-2345-6789');
  });

  test('uses the last character of the alphabet for the last usable byte (231)', () => {
    expect(referentieFromBytes(bytes(LIMIT - 1, 0, 0, 0, 0, 0, 0, 0))).toBe('KW-Z222-2222');
  });

  test(`skips bytes of ${LIMIT} and up, which would make some characters more likely`, () => {
    expect(referentieFromBytes(bytes(LIMIT, 0, 1, 255, 2, 3, 4, 5, 6, 7))).toBe('KW-2345-6789');
  });

  test('uses only the first eight usable bytes', () => {
    expect(referentieFromBytes(bytes(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))).toBe('KW-2345-6789');
  });

  test('gives nothing when fewer than eight bytes are usable', () => {
    expect(referentieFromBytes(bytes(0, 1, 2, 3, 4, 5, 6, LIMIT, 240, 255))).toBeUndefined();
  });

  test('gives nothing for fewer than eight bytes', () => {
    expect(referentieFromBytes(bytes(0, 1, 2))).toBeUndefined();
  });

  test('builds only valid codes from random bytes', () => {
    const codes = Array.from({ length: 2000 }, () => referentieFromBytes(randomBytes(16))).filter((c) => c !== undefined);
    expect(codes.length).toBeGreaterThan(1900);
    expect(codes.filter((c) => !ReferentieSchema.safeParse(c).success)).toEqual([]);
  });

  test('can reach every character of the alphabet', () => {
    const seen = new Set<string>();
    for (let b = 0; b < LIMIT; b += 8) {
      const code = referentieFromBytes(bytes(...Array.from({ length: 8 }, (_, i) => Math.min(b + i, LIMIT - 1))))!;
      for (const c of code.slice(3).replace('-', '')) seen.add(c);
    }
    expect([...seen].sort().join('')).toBe([...REFERENTIE_ALFABET].sort().join(''));
  });
});

describe('ReferentieSchema', () => {
  test('accepts a well-formed code', () => {
    expect(ReferentieSchema.safeParse('KW-ABCD-2345').success).toBe(true);
  });

  test.each(['KW-ABCD-234', 'kw-abcd-2345', 'KW-ABCD-2345 ', 'KW-0OIL-2345', 'XX-ABCD-2345', 'KW-ABCD2345'])('refuses %j', (code) => {
    expect(ReferentieSchema.safeParse(code).success).toBe(false);
  });
});
