import { z } from 'zod';

/**
 * The levensgebieden in display order (domain brief, section 4).
 * Each key is also the URL segment and the root of its i18n keys (`levensgebied.<key>.*`).
 */
export const LEVENSGEBIEDEN = [
  'huishouden',
  'wonen',
  'in-en-om-huis',
  'zelfzorg',
  'vervoer',
  'contact',
  'meedoen',
  'geld',
  'gezondheid',
  'gevoel',
  'mantelzorg',
  'gezin',
  'veiligheid',
] as const;

/** One levensgebied key, as used in URLs, stored meldingen and i18n keys. */
export const LevensgebiedIdSchema = z.enum(LEVENSGEBIEDEN, { error: 'errors.levensgebied.unknown' });
export type LevensgebiedId = z.infer<typeof LevensgebiedIdSchema>;

/** The eight VNG resultaten, for the loket view. */
export type VngResultaat = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8';

/**
 * Everyday examples a person can tick under "Waar heeft u moeite mee?", per levensgebied.
 * The keys are stable (they are stored); the text lives in i18n as `levensgebied.<id>.moeite.<key>`.
 */
export const MOEITE_VOORBEELDEN = {
  huishouden: ['schoonmaken', 'was', 'koken', 'boodschappen', 'opruimen'],
  wonen: ['trap', 'te-groot', 'tuin', 'onderhoud', 'verhuizen'],
  'in-en-om-huis': ['opstaan', 'douchen', 'trap', 'drempels', 'vallen'],
  zelfzorg: ['wassen', 'aankleden', 'eten', 'medicijnen', 'toilet'],
  vervoer: ['winkel', 'dokter', 'familie', 'fietsen', 'bus', 'autorijden'],
  contact: ['alleen', 'familie', 'nieuwe-mensen', 'buren', 'telefoon'],
  meedoen: ['activiteiten', 'hobby', 'vrijwilligerswerk', 'werk', 'dagbesteding'],
  geld: ['rekeningen', 'post', 'formulieren', 'schulden', 'rondkomen'],
  gezondheid: ['pijn', 'moe', 'bewegen', 'slapen', 'zien-horen'],
  gevoel: ['zorgen', 'somber', 'stress', 'geheugen', 'alcohol-drugs', 'niet-meer-leven'],
  mantelzorg: ['te-zwaar', 'geen-tijd', 'vervanging', 'eigen-gezondheid', 'regelen'],
  gezin: ['opvoeden', 'school', 'zorgen-kind', 'opvang', 'ruzie'],
  veiligheid: ['ruzie', 'bang', 'geweld', 'niet-veilig', 'geld-afgepakt'],
} as const satisfies Record<LevensgebiedId, readonly string[]>;

/** The key of one tickable example within a levensgebied. */
export type MoeiteVoorbeeld<Id extends LevensgebiedId = LevensgebiedId> = (typeof MOEITE_VOORBEELDEN)[Id][number];

/** How each levensgebied maps onto the VNG resultaten, for the loket (domain brief, section 4). */
export const VNG_RESULTATEN: Record<LevensgebiedId, readonly VngResultaat[]> = {
  huishouden: ['R1', 'R3', 'R4'],
  wonen: ['R2'],
  'in-en-om-huis': ['R6'],
  zelfzorg: [],
  vervoer: ['R7'],
  contact: ['R8'],
  meedoen: ['R8'],
  geld: [],
  gezondheid: [],
  gevoel: [],
  mantelzorg: [],
  gezin: ['R5'],
  veiligheid: [],
};

/** Sorts levensgebieden into display order and removes duplicates. */
export function inDisplayOrder(ids: Iterable<LevensgebiedId>): LevensgebiedId[] {
  const chosen = new Set(ids);
  return LEVENSGEBIEDEN.filter((id) => chosen.has(id));
}
