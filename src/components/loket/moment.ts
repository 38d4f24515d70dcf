import type { TFunction } from 'i18next';
import { clockParts, formatDay, formatPlainDay } from '@/components/journey/dates';
import type { GesprekPlan } from '@/domain/loket/behandeling';

/** A moment as people read it: "donderdag 10 december 2026, 14.00 uur" (nl), "Thursday, December 10, 2026, 14:00" (en). */
export function moment(at: Date | string, locale: string, t: TFunction): string {
  return t('loket.moment', { dag: formatDay(at, locale), ...clockParts(at, locale) });
}

/** The moment of a planned gesprek, from the day and time as the medewerker typed them (Dutch time). */
export function gesprekMoment(plan: Pick<GesprekPlan, 'datum' | 'tijd'>, locale: string, t: TFunction): string {
  const [uur = '', minuut = ''] = plan.tijd.split(':');
  return t('loket.moment', { dag: formatPlainDay(plan.datum, locale), uur, minuut });
}
