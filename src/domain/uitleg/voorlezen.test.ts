import { describe, expect, test } from 'vitest';
import { kiesStem, voorleesTekst } from './voorlezen';

const stem = (name: string, lang: string, localService = true) => ({ name, lang, localService });

describe('kiesStem', () => {
  test('takes a Dutch voice for a Dutch page, preferring Dutch from the Netherlands', () => {
    expect(kiesStem([stem('Engels', 'en-GB'), stem('Vlaams', 'nl-BE'), stem('Nederlands', 'nl-NL')], 'nl')?.name).toBe('Nederlands');
  });

  test('takes another Dutch voice when there is none from the Netherlands', () => {
    expect(kiesStem([stem('Engels', 'en-US'), stem('Vlaams', 'nl_BE')], 'nl')?.name).toBe('Vlaams');
  });

  test('never takes a voice of another language: no Dutch voice means no voice', () => {
    expect(kiesStem([stem('Engels', 'en-GB'), stem('Duits', 'de-DE')], 'nl')).toBeUndefined();
    expect(kiesStem([], 'nl')).toBeUndefined();
  });

  test('prefers a voice on the device over one of a network service', () => {
    expect(kiesStem([stem('Online', 'nl-NL', false), stem('Lokaal', 'nl-NL', true)], 'nl')?.name).toBe('Lokaal');
  });

  test('takes an English voice for an English page, British first', () => {
    expect(kiesStem([stem('US', 'en-US'), stem('NL', 'nl-NL'), stem('GB', 'en-GB')], 'en')?.name).toBe('GB');
  });
});

describe('voorleesTekst', () => {
  test('joins label, hint and options with a pause between each, and leaves out empty blocks', () => {
    expect(voorleesTekst(['Hoe gaat het met uw huis?', '  ', 'Dit is geen cijfer.', 'Goed', 'Gaat wel'])).toBe('Hoe gaat het met uw huis? Dit is geen cijfer. Goed. Gaat wel.');
  });

  test('folds line breaks and runs of spaces into one space', () => {
    expect(voorleesTekst(['Stap 1 van 9:\n   Wie vult dit in?'])).toBe('Stap 1 van 9: Wie vult dit in?');
  });
});
