import { z } from 'zod';

/** The second factor a person picks with their code: their year of birth (the default), or a word of their own. */
export const FACTOR_SOORTEN = ['geboortejaar', 'woord'] as const;
export type FactorSoort = (typeof FACTOR_SOORTEN)[number];

export const WOORD_MIN = 4;
export const WOORD_MAX = 40;

/** Trims, lowercases and collapses spaces, so "Tulp " and "tulp" are the same answer. */
export function normalizeFactor(input: string): string {
  return input.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** A year of birth: four digits, from 1900 up to this year. */
function geboortejaar(now: Date) {
  return z.string({ error: 'errors.verder.geboortejaar.required' }).trim()
    .min(1, { error: 'errors.verder.geboortejaar.required', abort: true })
    .regex(/^\d{4}$/, { error: 'errors.verder.geboortejaar.invalid', abort: true })
    .refine((v) => Number(v) >= 1900 && Number(v) <= now.getUTCFullYear(), { error: 'errors.verder.geboortejaar.invalid' });
}

const woord = z.string({ error: 'errors.verder.woord.required' }).trim()
  .min(1, { error: 'errors.verder.woord.required', abort: true })
  .min(WOORD_MIN, { error: 'errors.verder.woord.tooShort' })
  .max(WOORD_MAX, { error: 'errors.verder.woord.tooLong' });

/** The form that asks for a code: which second factor, and its value. Only the chosen one is checked. */
export function codeAanvraagSchema(now: Date) {
  return z.discriminatedUnion('soort', [
    z.object({ soort: z.literal('geboortejaar'), geboortejaar: geboortejaar(now) }),
    z.object({ soort: z.literal('woord'), woord }),
  ], { error: 'errors.verder.soort.required' }).transform((a) => ({
    soort: a.soort,
    /** The normalized answer: this, never the raw text, goes into the hash. */
    factor: normalizeFactor(a.soort === 'geboortejaar' ? a.geboortejaar : a.woord),
  }));
}

/** The resume form: the code and the year of birth (or the chosen word). */
export const VerderOpenenSchema = z.object({
  code: z.string({ error: 'errors.verder.code.required' }).trim().min(1, { error: 'errors.verder.code.required' })
    .max(40, { error: 'errors.verder.code.invalid' }),
  factor: z.string({ error: 'errors.verder.factor.required' }).trim().min(1, { error: 'errors.verder.factor.required' })
    .max(WOORD_MAX, { error: 'errors.verder.factor.required' }).transform(normalizeFactor),
});
