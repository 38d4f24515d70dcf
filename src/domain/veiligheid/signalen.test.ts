import { describe, expect, test } from 'vitest';
import { emptyDraft } from '../melding/draft';
import { LevensgebiedAntwoordenSchema } from '../melding/schema';
import type { LevensgebiedId } from '../levensgebied/levensgebieden';
import { DRINGENDE_ANTWOORDEN, dringendeSignalen, hulpNuBovenaan, wantsSnelWeg } from './signalen';

const antwoorden = (moeiteMet: string[]) => LevensgebiedAntwoordenSchema.parse({ moeiteMet });

describe('dringendeSignalen', () => {
  test('finds "not safe at home" and "not wanting to live" among the ticked answers', () => {
    const inhoud = { ...emptyDraft(), levensgebieden: ['gevoel', 'veiligheid'] as const,
      antwoorden: { gevoel: antwoorden(['somber', 'niet-meer-leven']), veiligheid: antwoorden(['ruzie', 'niet-veilig']) } };
    expect(dringendeSignalen({ ...inhoud, levensgebieden: [...inhoud.levensgebieden] })).toEqual([
      { levensgebied: 'gevoel', antwoord: 'niet-meer-leven' },
      { levensgebied: 'veiligheid', antwoord: 'niet-veilig' },
    ]);
  });

  test('sees no danger in worries or quarrels alone', () => {
    expect(dringendeSignalen({ levensgebieden: ['gevoel', 'veiligheid'],
      antwoorden: { gevoel: antwoorden(['zorgen', 'somber']), veiligheid: antwoorden(['ruzie']) } })).toEqual([]);
  });

  test('ignores answers of a levensgebied that is no longer chosen', () => {
    expect(dringendeSignalen({ levensgebieden: ['wonen'], antwoorden: { veiligheid: antwoorden(['geweld']) } })).toEqual([]);
  });
});

describe('wantsSnelWeg', () => {
  test('offers the quick exit once "Veilig thuis" or "Hoe voelt u zich" is chosen', () => {
    expect(wantsSnelWeg(['wonen', 'veiligheid'])).toBe(true);
    expect(wantsSnelWeg(['gevoel'])).toBe(true);
    expect(wantsSnelWeg(['wonen', 'huishouden'])).toBe(false);
  });
});

describe('hulpNuBovenaan', () => {
  const metSignaal = { levensgebieden: ['gevoel', 'wonen'] as LevensgebiedId[], antwoorden: { gevoel: antwoorden(['niet-meer-leven']) } };
  const zonder = { levensgebieden: ['gevoel', 'wonen'] as LevensgebiedId[], antwoorden: { gevoel: antwoorden(['somber']) } };

  test('every danger answer of every levensgebied puts help-now at the top of its help nearby, the check and the send step', () => {
    for (const [levensgebied, dringend] of Object.entries(DRINGENDE_ANTWOORDEN) as [LevensgebiedId, readonly string[]][]) {
      for (const antwoord of dringend) {
        const inhoud = { levensgebieden: [levensgebied], antwoorden: { [levensgebied]: antwoorden([antwoord]) } };
        for (const stap of [{ id: 'hulp', levensgebied }, { id: 'controleren' }, { id: 'versturen' }]) {
          expect(hulpNuBovenaan(inhoud, stap), `${levensgebied}/${antwoord} on ${stap.id}`).toBe(true);
        }
      }
    }
  });

  test('not on the help nearby of another levensgebied, and not without a danger answer', () => {
    expect(hulpNuBovenaan(metSignaal, { id: 'hulp', levensgebied: 'wonen' })).toBe(false);
    expect(hulpNuBovenaan(zonder, { id: 'hulp', levensgebied: 'gevoel' })).toBe(false);
    expect(hulpNuBovenaan(zonder, { id: 'controleren' })).toBe(false);
  });

  test('the questions step shows it next to the answer itself, not at the top', () => {
    expect(hulpNuBovenaan(metSignaal, { id: 'levensgebied', levensgebied: 'gevoel' })).toBe(false);
  });
});
