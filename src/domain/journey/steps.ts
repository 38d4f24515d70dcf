import { LevensgebiedIdSchema, type LevensgebiedId } from '../levensgebied/levensgebieden';
import type { Draft } from '../melding/draft';
import { ContactSchema } from '../melding/schema';
import { invullerCompleet } from '../samen/invuller';

/** One step of the journey. `path` is without the locale prefix. */
export type Step =
  | { id: 'wie' | 'levensgebieden' | 'mensen' | 'wensen' | 'gesprek' | 'contact' | 'controleren' | 'versturen'; path: string }
  | { id: 'levensgebied' | 'hulp'; levensgebied: LevensgebiedId; path: string };
export type StepId = Step['id'];

export const STEP_PATHS = {
  wie: '/melding/wie',
  levensgebieden: '/levensgebieden',
  mensen: '/melding/mensen',
  wensen: '/melding/wensen',
  gesprek: '/melding/gesprek',
  contact: '/melding/contact',
  controleren: '/melding/controleren',
  versturen: '/melding/versturen',
} as const;
export const VERSTUURD_PATH = '/melding/verstuurd';

/** The "hulp in de buurt" step after a levensgebied's questions: results before solutions (domain brief, section 2). */
export const hulpPath = (levensgebied: LevensgebiedId) => `/levensgebieden/${levensgebied}/hulp-in-de-buurt`;

/**
 * The steps of this draft's journey, in order: per chosen levensgebied its questions, then the help nearby
 * for it (which the person may pass by with "Volgende").
 */
export function journeySteps(draft: Pick<Draft, 'levensgebieden'>): Step[] {
  return [
    { id: 'wie', path: STEP_PATHS.wie },
    { id: 'levensgebieden', path: STEP_PATHS.levensgebieden },
    ...draft.levensgebieden.flatMap((levensgebied) => [
      { id: 'levensgebied' as const, levensgebied, path: `/levensgebieden/${levensgebied}` },
      { id: 'hulp' as const, levensgebied, path: hulpPath(levensgebied) },
    ]),
    ...(['mensen', 'wensen', 'gesprek', 'contact', 'controleren', 'versturen'] as const).map((id) => ({ id, path: STEP_PATHS[id] })),
  ];
}

/** "Stap X van Y" for a step, or undefined when the step is not part of this journey. */
export function stepPosition(draft: Pick<Draft, 'levensgebieden'>, path: string): { number: number; total: number } | undefined {
  const steps = journeySteps(draft);
  const index = steps.findIndex((s) => s.path === path);
  return index === -1 ? undefined : { number: index + 1, total: steps.length };
}

/** The path after `path`, or the check page when `path` is not in the journey. */
export function nextPath(draft: Pick<Draft, 'levensgebieden'>, path: string): string {
  const steps = journeySteps(draft);
  const index = steps.findIndex((s) => s.path === path);
  return index === -1 ? STEP_PATHS.controleren : steps[index + 1]?.path ?? STEP_PATHS.controleren;
}

/** The path before `path`, or the start page for the first step. */
export function previousPath(draft: Pick<Draft, 'levensgebieden'>, path: string): string {
  const steps = journeySteps(draft);
  const index = steps.findIndex((s) => s.path === path);
  return index > 0 ? steps[index - 1]!.path : '/';
}

/** Where a "Wijzig" link may return to after saving. Anything else is ignored (no open redirects). */
export function returnPath(value: unknown): string | undefined {
  return value === 'controleren' ? STEP_PATHS.controleren : undefined;
}

/** What is still needed before the melding can be sent, each with the step that asks for it. */
export function missingForSend(draft: Draft): { path: string; key: string }[] {
  const missing: { path: string; key: string }[] = [];
  // A draft begun before "namens iemand" asked the invuller's own details: the gemeente must be able to call them back.
  if (!invullerCompleet(draft.invuller)) missing.push({ path: STEP_PATHS.wie, key: 'errors.send.invuller' });
  if (draft.levensgebieden.length === 0) missing.push({ path: STEP_PATHS.levensgebieden, key: 'errors.send.levensgebieden' });
  if (!ContactSchema.safeParse(draft.contact ?? {}).success) missing.push({ path: STEP_PATHS.contact, key: 'errors.send.contact' });
  return missing;
}

/** Reads a levensgebied from a URL segment that the draft has chosen; undefined otherwise. */
export function chosenLevensgebied(draft: Pick<Draft, 'levensgebieden'>, segment: unknown): LevensgebiedId | undefined {
  const parsed = LevensgebiedIdSchema.safeParse(segment);
  return parsed.success && draft.levensgebieden.includes(parsed.data) ? parsed.data : undefined;
}

/**
 * Where to go after a step was saved: back to the check page when the person came from "Wijzig",
 * to the previous step for "Vorige", else to the next step.
 */
export function pathAfterSave(draft: Pick<Draft, 'levensgebieden'>, path: string, actie: unknown, terug: unknown): string {
  if (actie === LATER_ACTIE) return laterVerderPath(path);
  const back = returnPath(terug);
  if (back) return back;
  return actie === 'vorige' ? previousPath(draft, path) : nextPath(draft, path);
}

/** "Later verder": the button's `actie`, and the page that makes a resume code. */
export const LATER_ACTIE = 'later';
export const LATER_VERDER_PATH = '/verder/code';
export const laterVerderPath = (from: string) => `${LATER_VERDER_PATH}?terug=${encodeURIComponent(from)}`;

/** Where "terug" on the resume-code page may lead: a step of this journey or the confirmation; else the check page. */
export function laterReturnPath(draft: Pick<Draft, 'levensgebieden'>, value: unknown): string {
  const allowed = [...journeySteps(draft).map((s) => s.path), VERSTUURD_PATH];
  return typeof value === 'string' && allowed.includes(value) ? value : STEP_PATHS.controleren;
}
