import { MeldingInvullerSchema, type EersteContact, type Invuller } from '../melding/schema';
import type { Gemeente } from '../gemeente';

/**
 * The "Wie vult dit in?" form: the current melding's schema ("namens iemand" names the invuller, how to reach them,
 * what the person knows and whom to contact first), and a named dorpssteunpunt must be one of the gemeente's.
 */
export function invullerFormSchema(dorpssteunpunten: readonly string[]) {
  return MeldingInvullerSchema.superRefine((invuller, ctx) => {
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

/** Complete as the current melding needs it; false for a draft begun before "namens iemand" asked the invuller's details. */
export function invullerCompleet(invuller: Invuller | undefined): boolean {
  return invuller === undefined || MeldingInvullerSchema.safeParse(invuller).success;
}

/**
 * Whom the gemeente contacts first on a melding filled in on someone's behalf; undefined otherwise. Meldingen from
 * before the question was asked go to the person, as they did then.
 */
export function eersteContact(invuller: Invuller | undefined): EersteContact | undefined {
  return invuller?.wie === 'namens' ? invuller.eersteContact ?? 'persoon' : undefined;
}
