import { randomBytes } from 'node:crypto';
import { referentieFromBytes, type Referentie } from '@/domain/melding/referentie';

/** A fresh random reference code (about 39 bits; the database refuses duplicates). */
export function newReferentie(): Referentie {
  for (;;) {
    const code = referentieFromBytes(randomBytes(16));
    if (code) return code;
  }
}
