import Ajv2020 from 'ajv/dist/2020';
import { expect, test } from 'vitest';
import { draftZelfHuishouden } from '../../../tests/fixtures/meldingen';
import { MELDING_SCHEMA_VERSION } from '../melding/schema';
import { buildMelding } from '../melding/versturen';
import { behandelingExport, MELDING_EXPORT_SCHEMA_VERSION, meldingExport, meldingExportJsonSchema, type BehandelingBron } from './export';

const melding = buildMelding({ ...draftZelfHuishouden, delen: { huishouden: 'delen' } }, { referentie: 'KW-2345-6789', verstuurdOp: new Date('2026-11-23T10:00:00Z'), taal: 'nl' });
const plan = { datum: '2026-12-10', tijd: '14:00', plek: 'Bij mevrouw thuis', gespreksvoerder: 'Ahmed' };
const bron: BehandelingBron = {
  status: 'afgerond',
  toegewezenAan: 'a1',
  gesprek: plan,
  uitkomst: { soorten: ['eigen-kracht', 'vrijwilligers'], toelichting: 'Buurtbus op donderdag.' },
  historie: [
    { soort: 'toegewezen', aan: 'a1', at: '2026-11-24T09:00:00.000Z', door: 'a2' },
    { soort: 'gesprek', plan, at: '2026-11-25T09:00:00.000Z', door: 'a1' },
    { soort: 'status', status: 'afgerond', at: '2026-12-10T15:00:00.000Z', door: 'a1' },
  ],
  notities: [{ accountId: 'a1', at: '2026-11-25T09:05:00.000Z', tekst: 'Dochter belt terug.' }],
};
const emails: Record<string, string> = { a1: 'ahmed@gemeente.nl', a2: 'greet@gemeente.nl' };
const emailOf = (id: string) => emails[id];

test('carries status, assignment, the planned gesprek, the outcome and every step, with e-mail addresses', () => {
  const b = behandelingExport(bron, emailOf, false);
  expect(b).toMatchObject({ status: 'afgerond', toegewezenAan: 'ahmed@gemeente.nl', gesprek: plan, uitkomst: bron.uitkomst });
  expect(b.historie).toEqual([
    { soort: 'toegewezen', aan: 'ahmed@gemeente.nl', at: '2026-11-24T09:00:00.000Z', door: 'greet@gemeente.nl' },
    { soort: 'gesprek', plan, at: '2026-11-25T09:00:00.000Z', door: 'ahmed@gemeente.nl' },
    { soort: 'status', status: 'afgerond', at: '2026-12-10T15:00:00.000Z', door: 'ahmed@gemeente.nl' },
  ]);
});

test('leaves the internal notes out unless they are asked for', () => {
  expect(behandelingExport(bron, emailOf, false)).not.toHaveProperty('notities');
  expect(behandelingExport(bron, emailOf, true).notities).toEqual([{ at: '2026-11-25T09:05:00.000Z', door: 'ahmed@gemeente.nl', tekst: 'Dochter belt terug.' }]);
});

test('the export carries its own schema version beside the melding\'s', () => {
  const doc = meldingExport(melding, [], behandelingExport(bron, emailOf, false));
  expect(doc.schemaVersion).toBe(MELDING_EXPORT_SCHEMA_VERSION);
  expect(doc.melding.schemaVersion).toBe(MELDING_SCHEMA_VERSION);
});

test('a melding sent as schema version 1 is exported in its own version', () => {
  const v1 = { ...melding, schemaVersion: 1 as const, wie: { wie: 'zelf' as const } };
  const doc = meldingExport(v1, [], behandelingExport(bron, emailOf, false));
  expect(doc.melding.schemaVersion).toBe(1);
});

test('the published JSON Schema accepts an export and refuses one without its version', () => {
  const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(meldingExportJsonSchema());
  const doc = JSON.parse(JSON.stringify(meldingExport(melding, [], behandelingExport(bron, emailOf, true))));
  expect(validate(doc) || validate.errors).toBe(true);
  expect(validate({ ...doc, schemaVersion: undefined })).toBe(false);
  expect(meldingExportJsonSchema().$id).toBe('/schema/melding-export.json');
});
