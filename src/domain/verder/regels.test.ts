import { describe, expect, test } from 'vitest';
import { codeAanvraagSchema, normalizeFactor, VerderOpenenSchema } from './factor';
import { PlanFormSchema, PLAN_MAX_LENGTH } from './plan';
import { codeVerlooptOp, planUiterlijk, verderFase } from './regels';

const DAY = 24 * 60 * 60 * 1000;
const MADE = new Date('2026-11-01T10:00:00Z');
const at = (base: Date | string, days: number) => new Date(new Date(base).getTime() + days * DAY);

describe('what a code opens, and when', () => {
  test('an unsent draft, for 30 days from when the code was made', () => {
    const code = { verlooptOp: codeVerlooptOp(MADE) };
    expect(verderFase(code, at(MADE, 29.99))).toBe('concept');
    expect(verderFase(code, at(MADE, 30))).toBe('verlopen');
  });

  test('after sending, the persoonlijk plan until 7 days after the melding', () => {
    const verstuurdOp = '2026-11-03T09:00:00.000Z';
    const code = { verlooptOp: codeVerlooptOp(MADE), verstuurdOp };
    expect(verderFase(code, at(verstuurdOp, 0))).toBe('plan');
    expect(verderFase(code, at(verstuurdOp, 6.99))).toBe('plan');
    expect(planUiterlijk(verstuurdOp)).toEqual(at(verstuurdOp, 7));
  });

  test('from 7 days after the melding on, only the status', () => {
    const verstuurdOp = '2026-11-03T09:00:00.000Z';
    const code = { verlooptOp: codeVerlooptOp(MADE), verstuurdOp };
    expect(verderFase(code, at(verstuurdOp, 7))).toBe('status');
    // Sending ends the 30 days of the draft: the status stays, it does not expire with the draft's code.
    expect(verderFase(code, at(MADE, 45))).toBe('status');
  });
});

describe('the second factor', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const parse = (values: Record<string, string>) => codeAanvraagSchema(now).safeParse(values);

  test('is the year of birth by default, stored normalized', () => {
    expect(parse({ soort: 'geboortejaar', geboortejaar: ' 1948 ' })).toMatchObject({ success: true, data: { soort: 'geboortejaar', factor: '1948' } });
  });

  test('refuses a year that is not four digits or not plausible', () => {
    for (const geboortejaar of ['48', '19x8', '1899', '2027']) {
      const result = parse({ soort: 'geboortejaar', geboortejaar });
      expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual(['errors.verder.geboortejaar.invalid']);
    }
    const empty = parse({ soort: 'geboortejaar', geboortejaar: '' });
    expect(empty.success ? [] : empty.error.issues.map((i) => i.message)).toEqual(['errors.verder.geboortejaar.required']);
  });

  test('may be a word of their own: at least 4 letters, case and spacing do not matter', () => {
    expect(parse({ soort: 'woord', woord: '  Tulpen  Veld ' })).toMatchObject({ success: true, data: { factor: 'tulpen veld' } });
    const short = parse({ soort: 'woord', woord: 'kat' });
    expect(short.success ? [] : short.error.issues.map((i) => i.message)).toEqual(['errors.verder.woord.tooShort']);
  });

  test('is read back the same way on the resume form', () => {
    expect(VerderOpenenSchema.parse({ code: 'x', factor: 'TULPEN   veld' }).factor).toBe(normalizeFactor('tulpen veld'));
  });

  test('must be chosen', () => {
    const result = parse({});
    expect(result.success).toBe(false);
  });
});

describe('the persoonlijk plan', () => {
  test('needs text, at most 4000 characters', () => {
    expect(PlanFormSchema.safeParse({ tekst: '   ' }).error?.issues[0]?.message).toBe('errors.verder.plan.required');
    expect(PlanFormSchema.safeParse({ tekst: 'x'.repeat(PLAN_MAX_LENGTH + 1) }).error?.issues[0]?.message).toBe('errors.verder.plan.tooLong');
    expect(PlanFormSchema.parse({ tekst: ' Ik wil zelf weer koken. ' }).tekst).toBe('Ik wil zelf weer koken.');
  });
});

test('the persoonlijk plan keeps line breaks as LF, however the browser sent them', () => {
  expect(PlanFormSchema.parse({ tekst: 'Eerst zelf.\r\nDan de buurvrouw.' }).tekst).toBe('Eerst zelf.\nDan de buurvrouw.');
});
