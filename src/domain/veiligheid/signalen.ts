import type { LevensgebiedId, MoeiteVoorbeeld } from '../levensgebied/levensgebieden';
import type { MeldingInhoud } from '../melding/schema';

/**
 * Ticked answers that signal acute danger (domain brief, section 5): the person is not safe at home,
 * or thinks of not wanting to live. They get help to call at once, and the loket sees "dringend".
 */
export const DRINGENDE_ANTWOORDEN: { [Id in LevensgebiedId]?: readonly MoeiteVoorbeeld<Id>[] } = {
  veiligheid: ['bang', 'geweld', 'niet-veilig'],
  gevoel: ['niet-meer-leven'],
};

/** Levensgebieden where the quick exit ("Snel weg") is offered: from there on, on every page. */
export const SNEL_WEG_LEVENSGEBIEDEN: readonly LevensgebiedId[] = ['veiligheid', 'gevoel'];

/** One reason a melding is urgent: which levensgebied, which ticked answer (an i18n key's parts). */
export interface DringendSignaal { levensgebied: LevensgebiedId; antwoord: string }

/** The urgent signals in a story, in display order; empty when there are none. */
export function dringendeSignalen(inhoud: Pick<MeldingInhoud, 'levensgebieden' | 'antwoorden'>): DringendSignaal[] {
  return inhoud.levensgebieden.flatMap((levensgebied) => {
    const dringend: readonly string[] = DRINGENDE_ANTWOORDEN[levensgebied] ?? [];
    return (inhoud.antwoorden[levensgebied]?.moeiteMet ?? []).filter((m) => dringend.includes(m)).map((antwoord) => ({ levensgebied, antwoord }));
  });
}

/** Whether the quick exit belongs on the pages of this draft. */
export function wantsSnelWeg(levensgebieden: readonly LevensgebiedId[]): boolean {
  return levensgebieden.some((id) => SNEL_WEG_LEVENSGEBIEDEN.includes(id));
}

/** The steps on which help-now stands at the top of the page: where a levensgebied's story goes on, and where it is read back. */
type StapMetHulpNu = { id: string; levensgebied?: LevensgebiedId };

/**
 * Whether 112, Veilig Thuis and 113 belong at the top of a step: once an urgent answer is saved, on the
 * steps that follow it within its levensgebied (help nearby), and on the check and send steps, which read
 * the whole story back. The questions step shows the help itself, next to the ticked answer.
 */
export function hulpNuBovenaan(inhoud: Pick<MeldingInhoud, 'levensgebieden' | 'antwoorden'>, stap: StapMetHulpNu | undefined): boolean {
  if (!stap) return false;
  const signalen = dringendeSignalen(inhoud);
  if (stap.id === 'controleren' || stap.id === 'versturen') return signalen.length > 0;
  return stap.id === 'hulp' && signalen.some((s) => s.levensgebied === stap.levensgebied);
}
