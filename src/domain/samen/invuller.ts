import { InvullerSchema, type Invuller } from '../melding/schema';
import type { Gemeente } from '../gemeente';

/**
 * The "Wie vult dit in?" form: the stored schema, plus what the form asks that older meldingen may lack.
 * "Namens iemand" needs an answer to "weet de persoon hiervan en is hij of zij het ermee eens?";
 * a named dorpssteunpunt must be one of the gemeente's.
 */
export function invullerFormSchema(dorpssteunpunten: readonly string[]) {
  return InvullerSchema.superRefine((invuller, ctx) => {
    if (invuller.wie === 'namens' && invuller.weetPersoon === undefined) {
      ctx.addIssue({ code: 'custom', path: ['weetPersoon'], message: 'errors.invuller.weetPersoon.required' });
    }
    if (invuller.wie === 'samen' && invuller.dorpssteunpunt !== undefined && !dorpssteunpunten.includes(invuller.dorpssteunpunt)) {
      ctx.addIssue({ code: 'custom', path: ['dorpssteunpunt'], message: 'errors.choice.invalid' });
    }
  });
}

/** The names of the gemeente's dorpssteunpunten, in the order of its kernen. */
export function dorpssteunpuntNamen(gemeente: Pick<Gemeente, 'kernen'>): string[] {
  return gemeente.kernen.flatMap((k) => (k.dorpssteunpunt ? [k.dorpssteunpunt.naam] : []));
}

/** Helper mode: someone fills in together with the inwoner, or on their behalf. */
export function isHelperMode(invuller: Invuller | undefined): invuller is Exclude<Invuller, { wie: 'zelf' }> {
  return invuller?.wie === 'samen' || invuller?.wie === 'namens';
}

/**
 * True when the gemeente must first ask the person themselves: filled in on their behalf, and they do not know
 * or do not agree (or it was not asked, as in meldingen from before the question was required).
 */
export function eerstPersoonVragen(invuller: Invuller | undefined): boolean {
  return invuller?.wie === 'namens' && invuller.weetPersoon !== 'ja';
}

/** Where a melding came from, for the loket and the counts: the dorpssteunpunt, when a helper named one. */
export function dorpssteunpuntVan(invuller: Invuller | undefined): string | undefined {
  return invuller?.wie === 'samen' ? invuller.dorpssteunpunt : undefined;
}
