import type { GesprekPlan, Status } from './behandeling';

/** What happened in one step of a melding's handling. */
export type HistorieStap =
  | { soort: 'status'; status: Status }
  | { soort: 'toegewezen'; aan?: string | undefined }
  | { soort: 'gesprek'; plan: GesprekPlan };

/**
 * One step with when it happened and who did it (an account id; absent for steps from before the history was
 * kept). Kept so the detail page, the print and the export show what was planned and when each thing happened,
 * also after the melding moved on.
 */
export type HistorieItem = HistorieStap & { at: string; door?: string | undefined };
