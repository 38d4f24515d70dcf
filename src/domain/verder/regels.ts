import { TERMIJN_PLAN_DAGEN } from '../melding/versturen';

/** Days a resume code opens a draft, counted from when it was made. */
export const CODE_GELDIG_DAGEN = 30;
const DAY = 24 * 60 * 60 * 1000;

/** When a fresh code stops opening the draft. */
export function codeVerlooptOp(gemaakt: Date): Date {
  return new Date(gemaakt.getTime() + CODE_GELDIG_DAGEN * DAY);
}

/**
 * What a code opens now:
 * - `concept`: the draft, until it is sent, for 30 days from when the code was made;
 * - `plan`: after sending, the persoonlijk plan form, until 7 days after the melding (Wmo 2015 art. 2.3.2);
 * - `status`: after that, only where the melding stands;
 * - `verlopen`: an unsent draft whose 30 days have passed.
 */
export type VerderFase = 'concept' | 'plan' | 'status' | 'verlopen';

export function verderFase(code: { verlooptOp: Date; verstuurdOp?: string | undefined }, now: Date): VerderFase {
  if (code.verstuurdOp === undefined) return now < code.verlooptOp ? 'concept' : 'verlopen';
  return now < planUiterlijk(code.verstuurdOp) ? 'plan' : 'status';
}

/** The last moment a persoonlijk plan can be added: 7 days after the melding. */
export function planUiterlijk(verstuurdOp: string): Date {
  return new Date(new Date(verstuurdOp).getTime() + TERMIJN_PLAN_DAGEN * DAY);
}
