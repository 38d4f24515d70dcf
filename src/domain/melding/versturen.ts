import { z } from 'zod';
import type { LevensgebiedId } from '../levensgebied/levensgebieden';
import { DeelKeuzeSchema, inhoudToSend, type Draft } from './draft';
import { MELDING_SCHEMA_VERSION, MeldingSchema, type Melding } from './schema';

/** The consent page: per chosen levensgebied share or keep, and permission to be contacted. */
export function versturenSchemaFor(levensgebieden: readonly LevensgebiedId[]) {
  return z.object({
    delen: z.object(Object.fromEntries(levensgebieden.map((id) => [id, DeelKeuzeSchema]))) as z.ZodType<Partial<Record<LevensgebiedId, z.infer<typeof DeelKeuzeSchema>>>>,
    toestemmingContact: z.literal('ja', { error: 'errors.toestemming.contact.required' }),
  });
}

/** Legal terms counted from the melding's date (Wmo 2015, art. 2.3.2). */
export const TERMIJN_PLAN_DAGEN = 7;
export const TERMIJN_ONDERZOEK_DAGEN = 42;
const DAY = 24 * 60 * 60 * 1000;

/** Until when the inwoner may add a persoonlijk plan, and by when het gesprek should have taken place. */
export function termijnen(verstuurdOp: string): { planUiterlijk: Date; gesprekUiterlijk: Date } {
  const start = new Date(verstuurdOp).getTime();
  return { planUiterlijk: new Date(start + TERMIJN_PLAN_DAGEN * DAY), gesprekUiterlijk: new Date(start + TERMIJN_ONDERZOEK_DAGEN * DAY) };
}

/**
 * The melding as sent: the draft's story without what the inwoner keeps to themselves, with its consent.
 * Throws when the draft is not ready (check `missingForSend` first).
 */
export function buildMelding(draft: Draft, meta: { referentie: string; verstuurdOp: Date; taal: string }): Melding {
  const inhoud = inhoudToSend(draft);
  return MeldingSchema.parse({
    ...inhoud,
    schemaVersion: MELDING_SCHEMA_VERSION,
    referentie: meta.referentie,
    verstuurdOp: meta.verstuurdOp.toISOString(),
    taal: meta.taal,
    toestemming: { contact: true, gedeeld: inhoud.levensgebieden },
  });
}
