import type { CONTACT_VOORKEUREN, DAGDELEN, GESPREK_PLEKKEN, HOE_GAAT_HET } from '@/domain/melding/schema';

/** The line pictograms an answer option can carry (drawn in OptiePictogram.astro). */
export type OptiePictogramId = 'gezicht-goed' | 'gezicht-gaat-wel' | 'gezicht-niet-goed' | 'vraagteken'
  | 'huis' | 'gemeentehuis' | 'koffie' | 'telefoon' | 'zon-op' | 'zon' | 'maan' | 'computer' | 'brief';

/**
 * Pictograms next to the text of answer options, for people who read little (issue 5). They repeat what
 * the text says; they are not a score, and all are drawn in the text colour, never told apart by colour.
 */
export const HOE_GAAT_HET_PICTOGRAM: Record<(typeof HOE_GAAT_HET)[number], OptiePictogramId> = {
  goed: 'gezicht-goed', 'gaat-wel': 'gezicht-gaat-wel', 'niet-goed': 'gezicht-niet-goed', 'weet-niet': 'vraagteken',
};
/** "Geen voorkeur" has no pictogram: there is nothing to draw. */
export const GESPREK_PLEK_PICTOGRAM: Partial<Record<(typeof GESPREK_PLEKKEN)[number], OptiePictogramId>> = {
  thuis: 'huis', gemeentehuis: 'gemeentehuis', dorpssteunpunt: 'koffie', telefonisch: 'telefoon',
};
export const DAGDEEL_PICTOGRAM: Record<(typeof DAGDELEN)[number], OptiePictogramId> = { ochtend: 'zon-op', middag: 'zon', avond: 'maan' };
export const CONTACT_VOORKEUR_PICTOGRAM: Record<(typeof CONTACT_VOORKEUREN)[number], OptiePictogramId> = {
  telefoon: 'telefoon', email: 'computer', post: 'brief',
};
