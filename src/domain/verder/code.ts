import { z } from 'zod';
import { readableCharsFromBytes, REFERENTIE_ALFABET } from '../melding/referentie';

/**
 * A resume code ("Later verder"): 3 groups of 4 characters, e.g. `K7QM-3XTR-9HPA`. The same alphabet as the
 * melding's reference (no 0/O, 1/I/L, U/V), so it can be read aloud, written on paper and typed back without doubt.
 * 12 characters from 29 give 29^12 ≈ 2^58 codes: far too many to guess, even before the throttle.
 */
export const VERDER_CODE_ALFABET = REFERENTIE_ALFABET;
export const VERDER_CODE_LENGTE = 12;
const GROEP = `[${VERDER_CODE_ALFABET}]{4}`;
const CANONIEK = new RegExp(`^${GROEP}-${GROEP}-${GROEP}$`);

/** A resume code in its written form: XXXX-XXXX-XXXX. */
export const VerderCodeSchema = z.string().regex(CANONIEK);
export type VerderCode = z.infer<typeof VerderCodeSchema>;

/**
 * Builds a code from random bytes (one byte per character; pass 24 or more so rejection rarely runs out).
 * Bytes are rejection-sampled, so every character is equally likely.
 */
export function verderCodeFromBytes(bytes: Uint8Array): VerderCode | undefined {
  const chars = readableCharsFromBytes(bytes, VERDER_CODE_LENGTE);
  return chars === undefined ? undefined : groepeer(chars);
}

const groepeer = (twaalf: string) => `${twaalf.slice(0, 4)}-${twaalf.slice(4, 8)}-${twaalf.slice(8)}`;

/**
 * Reads a code as a person types it: any case, with or without dashes or spaces. Returns the written form, or
 * undefined when it cannot be a code (wrong length, or a character the alphabet leaves out).
 */
export function normalizeVerderCode(input: string): VerderCode | undefined {
  const bare = input.normalize('NFKC').toUpperCase().replace(/[\s\-–.]/g, '');
  if (bare.length !== VERDER_CODE_LENGTE) return undefined;
  if (![...bare].every((c) => VERDER_CODE_ALFABET.includes(c))) return undefined;
  return groepeer(bare);
}
