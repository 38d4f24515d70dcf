import { describe, expect, test } from 'vitest';
import { draftZelfHuishouden } from '../../../tests/fixtures/meldingen';
import { inhoudToSend } from './draft';
import { hulpFieldName, hulpFormSchema } from './hulp-form';
import { buildSummary } from './summary';

const offers = [
  { id: '11111111-1111-4111-8111-111111111111', naam: 'Boodschappenmaatje' },
  { id: '22222222-2222-4222-8222-222222222222', naam: 'Samen eten' },
];

describe('hulpFormSchema', () => {
  test('keeps the offers marked, with their names, and drops "geen"', () => {
    const result = hulpFormSchema(offers).parse({ [hulpFieldName(offers[0]!.id)]: 'zelf-proberen', [hulpFieldName(offers[1]!.id)]: 'geen' });
    expect(result).toEqual([{ id: offers[0]!.id, naam: 'Boodschappenmaatje', markering: 'zelf-proberen' }]);
  });

  test('reads nothing chosen as nothing marked: the step may be skipped', () => {
    expect(hulpFormSchema(offers).parse({})).toEqual([]);
  });

  test('ignores an offer that was not shown', () => {
    expect(hulpFormSchema(offers).parse({ [hulpFieldName('33333333-3333-4333-8333-333333333333')]: 'meer-weten' })).toEqual([]);
  });

  test('refuses an unknown choice with a message for that offer', () => {
    const result = hulpFormSchema(offers).safeParse({ [hulpFieldName(offers[1]!.id)]: 'aanvragen' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([[hulpFieldName(offers[1]!.id), 'errors.choice.invalid']]);
  });
});

describe('marked offers in the melding', () => {
  const marked = { huishouden: [{ id: offers[0]!.id, naam: 'Boodschappenmaatje', markering: 'meer-weten' as const }] };

  test('are sent with a shared levensgebied', () => {
    expect(inhoudToSend({ ...draftZelfHuishouden, hulpInDeBuurt: marked }).hulpInDeBuurt).toEqual(marked);
  });

  test('stay behind with a levensgebied kept to oneself', () => {
    const draft = { ...draftZelfHuishouden, hulpInDeBuurt: marked, delen: { huishouden: 'zelf-houden' as const } };
    expect(inhoudToSend(draft).hulpInDeBuurt).toBeUndefined();
  });

  test('show in the summary under their levensgebied', () => {
    const section = buildSummary({ ...draftZelfHuishouden, hulpInDeBuurt: marked }).find((s) => s.id === 'levensgebied-huishouden');
    expect(section?.rows.at(-1)).toEqual({ label: { key: 'summary.levensgebied.hulpInDeBuurt' },
      parts: [{ kind: 'labelled', labelKey: 'opties.hulpMarkering.meer-weten', text: 'Boodschappenmaatje' }] });
  });
});
