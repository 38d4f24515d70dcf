import type { StepId } from '../journey/steps';
import type { Invuller } from '../melding/schema';

/** The step kinds that have tips, and "controleren", which has them but is not a JourneyPage. */
type TipStep = StepId;

/** Tips when someone helps the inwoner, who sits next to them: read aloud, write their words, do not judge. */
const SAMEN: Record<TipStep, readonly string[]> = {
  wie: [],
  levensgebieden: ['samen.tip.kiezen', 'samen.tip.voorlezen'],
  levensgebied: ['samen.tip.voorlezen', 'samen.tip.eigenWoorden', 'samen.tip.nietOordelen', 'samen.tip.aanvulling'],
  hulp: ['samen.tip.hulp', 'samen.tip.nietOordelen'],
  mensen: ['samen.tip.voorlezen', 'samen.tip.mensen', 'samen.tip.nietOordelen'],
  wensen: ['samen.tip.voorlezen', 'samen.tip.eigenWoorden', 'samen.tip.aanvulling'],
  gesprek: ['samen.tip.gesprek'],
  contact: ['samen.tip.contact'],
  controleren: ['samen.tip.controleren'],
  versturen: ['samen.tip.versturen'],
};

/** Tips when someone fills in on the inwoner's behalf, who may not be there: their view, not the helper's. */
const NAMENS: Record<TipStep, readonly string[]> = {
  ...SAMEN,
  levensgebieden: ['samen.tip.kiezen'],
  levensgebied: ['samen.tip.namens', 'samen.tip.nietOordelen', 'samen.tip.aanvulling'],
  mensen: ['samen.tip.mensen', 'samen.tip.nietOordelen'],
  wensen: ['samen.tip.namens', 'samen.tip.aanvulling'],
  versturen: ['samen.tip.namens.versturen'],
};

/** The helper's tips (i18n keys) for one step; none when the inwoner fills it in alone or has not said yet. */
export function helperTips(step: TipStep | undefined, invuller: Invuller | undefined): readonly string[] {
  if (!step) return [];
  if (invuller?.wie === 'samen') return SAMEN[step];
  if (invuller?.wie === 'namens') return NAMENS[step];
  return [];
}
