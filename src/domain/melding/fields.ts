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
