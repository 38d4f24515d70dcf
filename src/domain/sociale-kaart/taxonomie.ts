import { z } from 'zod';

/**
 * Our own taxonomies (domain brief, section 7). In HSDS terms each is a taxonomy whose terms are
 * attributes of a service. The keys are stable (stored in content files and URLs); the text lives in
 * i18n as `socialeKaart.<taxonomie>.<key>`.
 */

/** Kind of help, in the order solutions are looked for (domain brief, section 2): informal first. */
export const SOORTEN = ['netwerk-tip', 'vrijwilligers', 'informeel', 'algemene-voorziening', 'professioneel'] as const;
/** Alone with someone, or in a group. */
export const VORMEN = ['individueel', 'groep'] as const;
/** Contact the offer yourself, or go through the gemeente. */
export const TOEGANG = ['zelf', 'via-gemeente'] as const;
/** What it costs. */
export const KOSTEN = ['gratis', 'eigen-bijdrage', 'betaald'] as const;
/** Who the offer is for; no value means everyone. */
export const DOELGROEPEN = ['55-plus', 'mantelzorgers', 'jongeren', 'ouders', 'dementie'] as const;
/** Low-threshold flags. */
export const KENMERKEN = ['nieuwe-mensen-welkom', 'iemand-meenemen'] as const;

/** An enum whose error tells the beheerder which values are allowed. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `use one of: ${values.join(', ')}` });

export const SoortSchema = oneOf(SOORTEN);
export type Soort = z.infer<typeof SoortSchema>;
export const VormSchema = oneOf(VORMEN);
export type Vorm = z.infer<typeof VormSchema>;
export const ToegangSchema = oneOf(TOEGANG);
export type Toegang = z.infer<typeof ToegangSchema>;
export const KostenSchema = oneOf(KOSTEN);
export type Kosten = z.infer<typeof KostenSchema>;
export const DoelgroepSchema = oneOf(DOELGROEPEN);
export type Doelgroep = z.infer<typeof DoelgroepSchema>;
export const KenmerkSchema = oneOf(KENMERKEN);
export type Kenmerk = z.infer<typeof KenmerkSchema>;

/** Rank of a soort in the order of solutions: lower comes first. */
export function soortRank(soort: Soort): number {
  return SOORTEN.indexOf(soort);
}
