import { z } from 'zod';

/**
 * Characters of a reference code: no 0/O, 1/I/L, and no U/V pair, so a code read aloud
 * on the phone cannot be misheard or mistyped.
 */
export const REFERENTIE_ALFABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
const GROEP = `[${REFERENTIE_ALFABET}]{4}`;

/** A melding's reference: KW-XXXX-XXXX. */
export const ReferentieSchema = z.string().regex(new RegExp(`^KW-${GROEP}-${GROEP}$`));
export type Referentie = z.infer<typeof ReferentieSchema>;

/**
 * Builds a reference code from random bytes (one byte per character; pass 8 or more).
 * Bytes are rejection-sampled so every character is equally likely.
 */
export function referentieFromBytes(bytes: Uint8Array): Referentie | undefined {
  const chars = readableCharsFromBytes(bytes, 8);
  return chars === undefined ? undefined : `KW-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * `count` characters of REFERENTIE_ALFABET from random bytes, one byte per character, or undefined when the bytes
 * run out first. Bytes are rejection-sampled, so every character is equally likely.
 */
export function readableCharsFromBytes(bytes: Uint8Array, count: number): string | undefined {
  const limit = 256 - (256 % REFERENTIE_ALFABET.length);
  let chars = '';
  for (const byte of bytes) {
    if (byte < limit) chars += REFERENTIE_ALFABET[byte % REFERENTIE_ALFABET.length]!;
    if (chars.length === count) return chars;
  }
  return undefined;
}

