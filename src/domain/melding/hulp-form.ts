import { z } from 'zod';
import { HULP_MARKERINGEN, type HulpMarkering } from './schema';

/** The answer for "nothing for now": the default, and never stored. */
export const GEEN_MARKERING = 'geen';
export const HULP_KEUZES = [...HULP_MARKERINGEN, GEEN_MARKERING] as const;

/** The form field of one offer on the "hulp in de buurt" step. */
export const hulpFieldName = (serviceId: string) => `hulp-${serviceId}`;

/**
 * The "hulp in de buurt" step's form: per offer shown, one of the choices (missing means "geen").
 * Fields of offers that were not shown are ignored, so a forged post cannot add an offer.
 */
export function hulpFormSchema(offers: readonly { id: string; naam: string }[]) {
  const shape = Object.fromEntries(offers.map((o) => [hulpFieldName(o.id),
    z.enum(HULP_KEUZES, { error: 'errors.choice.invalid' }).default(GEEN_MARKERING)]));
  return z.object(shape).transform((values): HulpMarkering[] => offers.flatMap((o) => {
    const markering = values[hulpFieldName(o.id)];
    return markering && markering !== GEEN_MARKERING ? [{ id: o.id, naam: o.naam, markering }] : [];
  }));
}
