import { describe, expect, test } from 'vitest';
import { dorpssteunpuntNamen, dorpssteunpuntVan, eerstPersoonVragen, invullerFormSchema, isHelperMode } from './invuller';
import { helperTips } from './tips';

const steunpunten = ['Dorpssteunpunt Beilen', 'Dorpssteunpunt Westerbork'];
const parse = (v: Record<string, string>) => invullerFormSchema(steunpunten).safeParse(v);
const keys = (r: ReturnType<typeof parse>) => (r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));

describe('invullerFormSchema', () => {
  const namens = { wie: 'namens', naam: 'Sandra', relatie: 'dochter', telefoon: '0612345678', eersteContact: 'persoon' };
  test('asks "namens iemand" whether the person knows and agrees', () => {
    expect(keys(parse(namens))).toEqual(['weetPersoon: errors.invuller.weetPersoon.required']);
  });

  test('accepts "nee" as an answer: the gemeente then asks the person first', () => {
    const r = parse({ ...namens, weetPersoon: 'nee' });
    expect(r.success && eerstPersoonVragen(r.data)).toBe(true);
  });

  test('accepts a dorpssteunpunt of the gemeente, and leaves it out when none is named', () => {
    expect(parse({ wie: 'samen', dorpssteunpunt: 'Dorpssteunpunt Westerbork' }).data).toMatchObject({ dorpssteunpunt: 'Dorpssteunpunt Westerbork' });
    expect(JSON.stringify(parse({ wie: 'samen', dorpssteunpunt: '' }).data)).not.toContain('dorpssteunpunt');
  });

  test('refuses a dorpssteunpunt the gemeente does not have', () => {
    expect(keys(parse({ wie: 'samen', dorpssteunpunt: 'Steunpunt Elders' }))).toEqual(['dorpssteunpunt: errors.choice.invalid']);
  });
});

describe('who filled it in', () => {
  test('helper mode is "samen" and "namens", not "zelf" or unanswered', () => {
    expect([isHelperMode({ wie: 'samen', helperNaam: '', helperRol: '', helperOrganisatie: '' }), isHelperMode({ wie: 'namens', relatie: '' }),
      isHelperMode({ wie: 'zelf' }), isHelperMode(undefined)]).toEqual([true, true, false, false]);
  });

  test('a melding on someone\'s behalf without a "ja" (as before the question was required) means: ask the person first', () => {
    expect([eerstPersoonVragen({ wie: 'namens', relatie: '' }), eerstPersoonVragen({ wie: 'namens', relatie: '', weetPersoon: 'ja' }),
      eerstPersoonVragen({ wie: 'zelf' })]).toEqual([true, false, false]);
  });

  test('the dorpssteunpunt counts only for a helper who named one', () => {
    expect(dorpssteunpuntVan({ wie: 'samen', helperNaam: '', helperRol: '', helperOrganisatie: '', dorpssteunpunt: 'Dorpssteunpunt Beilen' })).toBe('Dorpssteunpunt Beilen');
    expect(dorpssteunpuntVan({ wie: 'zelf' })).toBeUndefined();
  });

  test('lists the dorpssteunpunten of the kernen that have one, in the kernen\'s order', () => {
    const kernen = [{ naam: 'A', dorpssteunpunt: { naam: 'Steunpunt A', adres: 'x', openingstijden: 'y' } }, { naam: 'B' }];
    expect(dorpssteunpuntNamen({ kernen })).toEqual(['Steunpunt A']);
  });
});

describe('helperTips', () => {
  const samen = { wie: 'samen' as const, helperNaam: '', helperRol: '', helperOrganisatie: '' };
  test('on a levensgebied: read the question aloud, write their own words, no need to judge', () => {
    expect(helperTips('levensgebied', samen)).toEqual(['samen.tip.voorlezen', 'samen.tip.eigenWoorden', 'samen.tip.nietOordelen', 'samen.tip.aanvulling']);
  });

  test('on someone\'s behalf the tip is about their view, not reading aloud', () => {
    expect(helperTips('levensgebied', { wie: 'namens', relatie: '' })).not.toContain('samen.tip.voorlezen');
    expect(helperTips('levensgebied', { wie: 'namens', relatie: '' })).toContain('samen.tip.namens');
  });

  test('gives no tips to someone filling it in alone, or before they said who fills it in', () => {
    expect([helperTips('levensgebied', { wie: 'zelf' }), helperTips('mensen', undefined), helperTips(undefined, samen)]).toEqual([[], [], []]);
  });
});
