/**
 * How a form marks its questions. GOV.UK's rule: when most questions may be skipped, say so once at the top and
 * mark only the few that must be answered ("(verplicht)"); otherwise mark the optional ones ("(niet verplicht)").
 * Seven times "(niet verplicht)" on one page was noise that people stopped reading.
 * A page sets it once (JourneyPage's `markering`); every field component follows it.
 */
export type Markering = 'verplicht' | 'niet-verplicht';

/** The i18n key of the marker after a label or legend, or undefined for none. */
export function markerKey(markering: Markering | undefined, optional: boolean): string | undefined {
  if (markering === 'verplicht') return optional ? undefined : 'common.required';
  return optional ? 'common.optional' : undefined;
}
