import { z } from 'zod';

/** Longest free-text answer: long enough for a story, short enough to read at the loket. */
export const ANTWOORD_MAX_LENGTH = 1000;
/** Longest short answer (a name, a role, a relation). */
export const KORT_MAX_LENGTH = 100;

/** Optional free text, trimmed, capped; empty when left open. */
export const vrijeTekst = (max = ANTWOORD_MAX_LENGTH) =>
  z.string({ error: 'errors.generic' }).trim().max(max, { error: max > KORT_MAX_LENGTH ? 'errors.text.tooLong' : 'errors.text.tooLongShort' }).default('');

/** An optional choice among fixed options; an empty form value counts as "not answered". */
export const keuze = <const T extends readonly [string, ...string[]]>(options: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.enum(options, { error: 'errors.choice.invalid' }).optional());

/** A set of ticked options among fixed ones, in the options' order and without duplicates. */
export const keuzes = <const T extends readonly [string, ...string[]]>(options: T, max = options.length) =>
  z.array(z.enum(options, { error: 'errors.choice.invalid' })).max(max, { error: 'errors.choice.invalid' })
    // overwrite() keeps the type, so the published JSON Schema still lists the options.
    .overwrite((values) => options.filter((o) => values.includes(o)))
    .default([]);

export const JA_NEE_WEETNIET = ['ja', 'nee', 'weet-niet'] as const;

/** A Dutch or international phone number: digits, spaces, brackets and dashes. */
const TELEFOON = /^\+?[0-9][0-9 ()-]{7,18}[0-9]$/;

/** An optional phone number; empty when left open. */
export const telefoon = () => z.string().trim().max(30, { error: 'errors.contact.telefoon.invalid' })
  .refine((v) => v === '' || TELEFOON.test(v), { error: 'errors.contact.telefoon.invalid' }).default('');

/** An optional e-mail address; empty when left open. */
export const email = () => z.union([z.literal(''), z.email({ error: 'errors.contact.email.invalid' }).max(254, { error: 'errors.contact.email.invalid' })],
  { error: 'errors.contact.email.invalid' }).default('');

/** A short text that must be filled in, with `error` as the key when it is empty. */
export const verplichteTekst = (error: string, max = KORT_MAX_LENGTH) => z.string({ error }).trim().min(1, { error })
  .max(max, { error: max > KORT_MAX_LENGTH ? 'errors.text.tooLong' : 'errors.text.tooLongShort' });

/**
 * Optional text that is left out when empty. Fields added within a schema version use it, so stored drafts
 * and meldingen without them stay valid and unchanged, and the published JSON Schema does not require them.
 */
export const aanvulling = (max: number) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.string({ error: 'errors.generic' }).trim().max(max, { error: max > KORT_MAX_LENGTH ? 'errors.text.tooLong' : 'errors.text.tooLongShort' }).optional());
