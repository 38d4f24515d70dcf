import { VNG_RESULTATEN, type LevensgebiedId, type VngResultaat } from '../levensgebied/levensgebieden';
import type { StoredMelding } from '../melding/schema';
import { buildSummary, type SummarySection } from '../melding/summary';

/** Order for preparing het gesprek: the person's own words per levensgebied first, then wishes, network, the rest. */
const ORDER = ['wensen', 'netwerk', 'gesprek', 'invuller', 'contact', 'toestemming'];

/** The inwoner's summary, reordered for the loket; the plain list of chosen levensgebieden is left out. */
export function loketSummary(melding: StoredMelding): SummarySection[] {
  const sections = buildSummary(melding, melding.toestemming);
  const own = sections.filter((s) => s.id.startsWith('levensgebied-'));
  const rest = ORDER.flatMap((id) => sections.filter((s) => s.id === id));
  return [...own, ...rest];
}

/** Per shared levensgebied, the VNG resultaten it maps to (domain brief, section 4); empty when none apply. */
export function vngMapping(melding: StoredMelding): { levensgebied: LevensgebiedId; resultaten: readonly VngResultaat[] }[] {
  return melding.toestemming.gedeeld.map((levensgebied) => ({ levensgebied, resultaten: VNG_RESULTATEN[levensgebied] }));
}
