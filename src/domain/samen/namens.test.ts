import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, test } from 'vitest';
import { draftNamensMetVeiligheid } from '../../../tests/fixtures/meldingen';
import { missingForSend, STEP_PATHS } from '../journey/steps';
import { DraftSchema, type Draft } from '../melding/draft';
import { meldingJsonSchema, meldingV1JsonSchema } from '../melding/json-schema';
import { MELDING_SCHEMA_VERSION, MeldingSchema, StoredMeldingSchema } from '../melding/schema';
import { buildSummary, type SummarySection } from '../melding/summary';
import { buildMelding } from '../melding/versturen';
import { eersteContact, invullerFormSchema } from './invuller';

/**
 * Sandra fills in for her mother Riet. The gemeente must be able to call Sandra back, must know what Riet knows,
 * and whom to contact first; the contact details are Riet's.
 */
const meta = { referentie: 'KW-ABCD-2345', verstuurdOp: new Date('2026-12-01T09:30:00.000Z'), taal: 'nl' };
const SANDRA = { wie: 'namens', naam: 'Sandra Mulder', relatie: 'dochter', telefoon: '06 98765432', email: '', weetPersoon: 'nee', eersteContact: 'invuller' } as const;
const draft: Draft = { ...draftNamensMetVeiligheid, invuller: SANDRA };
const parse = (v: Record<string, string>) => invullerFormSchema([]).safeParse(v);
const keys = (r: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
const section = (sections: SummarySection[], id: string) => sections.find((s) => s.id === id)!;
const parts = (s: SummarySection, key: string) => s.rows.find((r) => 'key' in r.label && r.label.key === key)?.parts;

/** A melding namens iemand as version 1 stored it: the relation and weetPersoon only. */
function storedV1(): Record<string, unknown> {
  const melding = JSON.parse(JSON.stringify(buildMelding(draftNamensMetVeiligheid, meta))) as Record<string, unknown>;
  return { ...melding, schemaVersion: 1, invuller: { wie: 'namens', relatie: 'dochter', weetPersoon: 'nee' } };
}

describe('the "Wie vult dit in?" form, namens iemand', () => {
  test('asks the invuller\'s name, relation, a way to reach them, what the person knows and whom to contact first', () => {
    expect(keys(parse({ wie: 'namens' }))).toEqual([
      'naam: errors.invuller.naam.required', 'relatie: errors.invuller.relatie.required',
      'weetPersoon: errors.invuller.weetPersoon.required', 'eersteContact: errors.invuller.eersteContact.required',
      'telefoon: errors.invuller.bereikbaar',
    ]);
  });

  test('needs a phone number or an e-mail address of the invuller, and checks them', () => {
    const rest = { wie: 'namens', naam: 'Sandra', relatie: 'dochter', weetPersoon: 'nee', eersteContact: 'invuller' };
    expect(keys(parse(rest))).toEqual(['telefoon: errors.invuller.bereikbaar']);
    expect(keys(parse({ ...rest, telefoon: 'bel me' }))).toEqual(['telefoon: errors.contact.telefoon.invalid']);
    expect(parse({ ...rest, email: 'sandra@example.nl' }).success).toBe(true);
  });
});

describe('a melding namens iemand (schema version 2)', () => {
  test('carries the invuller, what the person knows and whom to contact first', () => {
    const melding = buildMelding(draft, meta);
    expect(melding.schemaVersion).toBe(2);
    expect(melding.invuller).toEqual(SANDRA);
    expect(melding.contact.naam).toBe('Riet Mulder');
  });

  test('is refused without the invuller\'s name or a way to reach them', () => {
    const melding = buildMelding(draft, meta);
    expect(keys(MeldingSchema.safeParse({ ...melding, invuller: { ...SANDRA, naam: '' } }))).toEqual(['invuller.naam: errors.invuller.naam.required']);
    expect(keys(MeldingSchema.safeParse({ ...melding, invuller: { ...SANDRA, telefoon: '' } }))).toEqual(['invuller.telefoon: errors.invuller.bereikbaar']);
  });

  test('the published JSON Schema requires them for "namens" and still accepts a melding filled in alone', () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(meldingJsonSchema());
    const melding = JSON.parse(JSON.stringify(buildMelding(draft, meta))) as Record<string, unknown>;
    expect(validate(melding), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...melding, invuller: { wie: 'namens', relatie: 'dochter', weetPersoon: 'ja' } })).toBe(false);
    expect(validate({ ...melding, invuller: { wie: 'zelf' } })).toBe(true);
  });

  test('cannot be sent from a draft begun before the invuller\'s details were asked: "Wie vult dit in?" asks them', () => {
    const old = DraftSchema.parse({ ...draftNamensMetVeiligheid, invuller: { wie: 'namens', relatie: 'dochter', weetPersoon: 'ja' } });
    expect(missingForSend(old)).toEqual([{ path: STEP_PATHS.wie, key: 'errors.send.invuller' }]);
    expect(missingForSend(draft)).toEqual([]);
  });
});

describe('meldingen stored as version 1', () => {
  test('still read, unchanged and in their own version', () => {
    const stored = storedV1();
    const read = StoredMeldingSchema.parse(stored);
    expect(read.schemaVersion).toBe(1);
    expect(JSON.parse(JSON.stringify(read))).toEqual(stored);
    expect(MELDING_SCHEMA_VERSION).toBe(2);
  });

  test('validate against the published version 1 schema, not against version 2', () => {
    const v1 = new Ajv2020({ strict: false, validateFormats: false }).compile(meldingV1JsonSchema());
    const v2 = new Ajv2020({ strict: false, validateFormats: false }).compile(meldingJsonSchema());
    expect(v1(storedV1())).toBe(true);
    expect(v2(storedV1())).toBe(false);
  });

  test('are refused when they claim version 2 without the invuller\'s details', () => {
    expect(StoredMeldingSchema.safeParse({ ...storedV1(), schemaVersion: 2 }).success).toBe(false);
  });

  test('go to the person first, as they did then', () => {
    const read = StoredMeldingSchema.parse(storedV1());
    expect(eersteContact(read.invuller)).toBe('persoon');
  });
});

describe('the summary, namens iemand', () => {
  test('names the invuller and how to reach them, and whom the gemeente contacts first', () => {
    const wie = section(buildSummary(draft), 'invuller');
    expect(parts(wie, 'summary.invuller.naam')).toEqual([{ kind: 'text', text: 'Sandra Mulder' }]);
    expect(parts(wie, 'summary.invuller.telefoon')).toEqual([{ kind: 'text', text: '06 98765432' }]);
    expect(parts(wie, 'summary.invuller.weetPersoon')).toEqual([{ kind: 'option', key: 'summary.invuller.weetPersoon.nee' }]);
    expect(parts(wie, 'summary.invuller.eersteContact')).toEqual([
      { kind: 'option', key: 'summary.invuller.eersteContact.invuller' }, { kind: 'option', key: 'summary.invuller.eerstPersoon' }]);
  });

  test('calls the contact details the person\'s', () => {
    expect(section(buildSummary(draft), 'contact').titleKey).toBe('summary.contact.title.namens');
    expect(section(buildSummary(draftNamensMetVeiligheid, undefined), 'invuller').titleKey).toBe('summary.invuller.title');
  });

  test('never shows a bare "Ja" for consent next to a person who does not know', () => {
    const melding = buildMelding(draft, meta);
    expect(parts(section(buildSummary(melding, melding.toestemming), 'toestemming'), 'summary.toestemming.contact'))
      .toEqual([{ kind: 'option', key: 'summary.toestemming.contact.namens.nee' }]);
    const knows = buildMelding(draftNamensMetVeiligheid, meta);
    expect(parts(section(buildSummary(knows, knows.toestemming), 'toestemming'), 'summary.toestemming.contact'))
      .toEqual([{ kind: 'option', key: 'summary.toestemming.contact.namens.ja' }]);
  });
});
