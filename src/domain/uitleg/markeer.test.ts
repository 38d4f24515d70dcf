import { describe, expect, test } from 'vitest';
import { markeerBegrippen } from './markeer';

describe('markeerBegrippen', () => {
  test('marks the first appearance of a word, with its ending, and leaves the rest as it is', () => {
    const { delen, missing } = markeerBegrippen('Wat u stuurt, heet een melding. Meldingen lezen wij snel.', [{ id: 'melding', woord: 'melding' }]);
    expect(delen).toEqual([{ tekst: 'Wat u stuurt, heet een ' }, { tekst: 'melding', begrip: 'melding' }, { tekst: '. Meldingen lezen wij snel.' }]);
    expect(missing).toEqual([]);
  });

  test('does not care about case, and keeps the case of the text', () => {
    const { delen } = markeerBegrippen('Hulp in de buurt vindt u hier.', [{ id: 'hulp-in-de-buurt', woord: 'hulp in de buurt' }]);
    expect(delen[0]).toEqual({ tekst: 'Hulp in de buurt', begrip: 'hulp-in-de-buurt' });
  });

  test('finds a word only at the start of a word, not inside a longer one', () => {
    const { delen } = markeerBegrippen('Het keukentafelgesprek is het gesprek met u.', [{ id: 'gesprek', woord: 'gesprek' }]);
    expect(delen.filter((d) => d.begrip).map((d) => d.tekst)).toEqual(['gesprek']);
    expect(delen.map((d) => d.tekst).join('')).toBe('Het keukentafelgesprek is het gesprek met u.');
  });

  test('marks several words in the order of the text, whatever order they were asked in', () => {
    const { delen } = markeerBegrippen('Uw melding helpt bij het gesprek.', [{ id: 'gesprek', woord: 'gesprek' }, { id: 'melding', woord: 'melding' }]);
    expect(delen.filter((d) => d.begrip).map((d) => d.begrip)).toEqual(['melding', 'gesprek']);
  });

  test('reports a word that is not in the text, and returns the text whole', () => {
    const { delen, missing } = markeerBegrippen('Bel ons.', [{ id: 'melding', woord: 'melding' }]);
    expect(delen).toEqual([{ tekst: 'Bel ons.' }]);
    expect(missing).toEqual(['melding']);
  });

  test('treats a word with special characters literally, such as cliëntondersteuner', () => {
    const { delen } = markeerBegrippen('Hulp van een cliëntondersteuner is gratis.', [{ id: 'clientondersteuner', woord: 'cliëntondersteuner' }]);
    expect(delen[1]).toEqual({ tekst: 'cliëntondersteuner', begrip: 'clientondersteuner' });
  });
});
