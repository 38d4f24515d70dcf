import { describe, expect, test } from 'vitest';
import { emptyDraft } from '../melding/draft';
import { LevensgebiedAntwoordenSchema } from '../melding/schema';
import { dringendeSignalen, wantsSnelWeg } from './signalen';

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
