import Ajv2020 from 'ajv/dist/2020';
import { expect, test } from 'vitest';
import { draftZelfHuishouden } from '../../../tests/fixtures/meldingen';
import { meldingJsonSchema } from '../melding/json-schema';
import { MeldingSchema } from '../melding/schema';
import { buildMelding } from '../melding/versturen';

const melding = buildMelding({ ...draftZelfHuishouden, delen: { huishouden: 'delen' } }, { referentie: 'KW-2345-6789', verstuurdOp: new Date('2026-11-23T10:00:00Z'), taal: 'nl' });
const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(meldingJsonSchema());
const plan = { toegevoegdOp: '2026-11-25T09:30:00.000Z', tekst: 'Ik wil eerst zelf een kookcursus proberen.' };

test('the published schema accepts a melding with a persoonlijk plan, and one without (compatible)', () => {
  expect(validate(JSON.parse(JSON.stringify({ ...melding, persoonlijkPlan: [plan] }))) || validate.errors).toBe(true);
  expect(validate(JSON.parse(JSON.stringify(melding))) || validate.errors).toBe(true);
  expect(meldingJsonSchema().required).not.toContain('persoonlijkPlan');
});

test('a plan addition always carries its date', () => {
  expect(validate({ ...JSON.parse(JSON.stringify(melding)), persoonlijkPlan: [{ tekst: plan.tekst }] })).toBe(false);
  expect(MeldingSchema.safeParse({ ...melding, persoonlijkPlan: [{ tekst: plan.tekst }] }).success).toBe(false);
});
