import { z } from 'zod';
import { LevensgebiedIdSchema, inDisplayOrder, type LevensgebiedId } from '../levensgebied/levensgebieden';
import { MeldingInhoudSchema, type MeldingInhoud } from './schema';

/** What the inwoner chose on the consent page, kept while they are still deciding. */
export const DeelKeuzeSchema = z.enum(['delen', 'zelf-houden'], { error: 'errors.toestemming.delen.required' });
export type DeelKeuze = z.infer<typeof DeelKeuzeSchema>;

/**
 * A draft melding: the story so far, kept server-side per browser session.
 * Every section is optional until the inwoner reaches it.
 */
export const DraftSchema = MeldingInhoudSchema.extend({
  levensgebieden: z.array(LevensgebiedIdSchema).default([]),
  antwoorden: MeldingInhoudSchema.shape.antwoorden.default({}),
  /** Per levensgebied: share with the gemeente or keep it to yourself. */
  delen: z.partialRecord(LevensgebiedIdSchema, DeelKeuzeSchema).default({}),
});
export type Draft = z.infer<typeof DraftSchema>;

/** The levensgebieden page: one or more levensgebieden. */
export const LevensgebiedKeuzeSchema = z.object({
  levensgebieden: z.array(LevensgebiedIdSchema).min(1, { error: 'errors.levensgebieden.required' }),
});

/** A fresh, empty draft. */
export function emptyDraft(): Draft {
  return DraftSchema.parse({});
}

/** True when nothing has been filled in (as after sending or wiping). */
export function isEmptyDraft(draft: Draft): boolean {
  return JSON.stringify(draft) === JSON.stringify(emptyDraft());
}

/**
 * Sets the chosen levensgebieden. Answers of levensgebieden that are no longer chosen are kept,
 * so choosing one again brings them back, but they are never sent.
 */
export function chooseLevensgebieden(draft: Draft, ids: readonly LevensgebiedId[]): Draft {
  return { ...draft, levensgebieden: inDisplayOrder(ids) };
}

/** The story as it would be sent: only chosen levensgebieden, nothing kept to oneself. */
export function inhoudToSend(draft: Draft): MeldingInhoud {
  const levensgebieden = draft.levensgebieden.filter((id) => draft.delen[id] === 'delen');
  const antwoorden = Object.fromEntries(levensgebieden.flatMap((id) => {
    const a = draft.antwoorden[id];
    return a ? [[id, a]] : [];
  }));
  // Marked offers travel only with the levensgebieden that are shared.
  const hulp = Object.fromEntries(levensgebieden.flatMap((id) => {
    const h = draft.hulpInDeBuurt?.[id];
    return h && h.length > 0 ? [[id, h]] : [];
  }));
  const { delen: _delen, hulpInDeBuurt: _hulp, ...rest } = draft;
  return { ...rest, levensgebieden, antwoorden, ...(Object.keys(hulp).length > 0 ? { hulpInDeBuurt: hulp } : {}) };
}
