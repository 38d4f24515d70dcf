import { describe, expect, test } from 'vitest';
import { normalizeVerderCode, VERDER_CODE_ALFABET, VerderCodeSchema, verderCodeFromBytes } from './code';

describe('resume codes', () => {
  test('come as three groups of four characters', () => {
    const code = verderCodeFromBytes(new Uint8Array(Array.from({ length: 12 }, (_, i) => i)));
    expect(code).toBe('2345-6789-ABCD');
    expect(VerderCodeSchema.safeParse(code).success).toBe(true);
  });

  test('leave out characters that look or sound alike: 0/O, 1/I/L, U/V', () => {
    for (const c of '01OILUV') expect(VERDER_CODE_ALFABET).not.toContain(c);
  });

  test('use every character equally often: bytes above the largest multiple of the alphabet are skipped', () => {
    const limit = 256 - (256 % VERDER_CODE_ALFABET.length);
    const bytes = new Uint8Array([limit, 255, ...Array.from({ length: 12 }, () => 0)]);
    expect(verderCodeFromBytes(bytes)).toBe('2222-2222-2222');
  });

  test('give up (undefined) when the bytes run out, rather than return a short code', () => {
    expect(verderCodeFromBytes(new Uint8Array(11))).toBeUndefined();
  });

  test('are read back the way a person types them: any case, spaces or no dashes', () => {
    expect(normalizeVerderCode('k7qm 3xtr 9hpa')).toBe('K7QM-3XTR-9HPA');
    expect(normalizeVerderCode(' K7QM3XTR9HPA ')).toBe('K7QM-3XTR-9HPA');
    expect(normalizeVerderCode('K7QM-3XTR-9HPA')).toBe('K7QM-3XTR-9HPA');
  });

  test('are refused when they cannot be a code: wrong length, or a left-out character', () => {
    expect(normalizeVerderCode('K7QM-3XTR-9HP')).toBeUndefined();
    expect(normalizeVerderCode('K7QM-3XTR-9HPAA')).toBeUndefined();
    expect(normalizeVerderCode('K7QM-3XTR-9HP0')).toBeUndefined();
    expect(normalizeVerderCode('KW-K7QM-3XTR')).toBeUndefined();
  });
});
