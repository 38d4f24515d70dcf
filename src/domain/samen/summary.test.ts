import { describe, expect, test } from 'vitest';
import { antwoord, draftNamensMetVeiligheid, draftSamenMetNetwerk } from '../../../tests/fixtures/meldingen';
import { DraftSchema, type Draft } from '../melding/draft';
import { MeldingSchema } from '../melding/schema';
import { buildSummary, type SummarySection } from '../melding/summary';
import { meldingJsonSchema } from '../melding/json-schema';
import { buildMelding } from '../melding/versturen';

const meta = { referentie: 'KW-ABCD-2345', verstuurdOp: new Date('2026-12-01T09:30:00.000Z'), taal: 'nl' };
const section = (sections: SummarySection[], id: string) => sections.find((s) => s.id === id)!;

/** Fenna helps at the dorpssteunpunt; Gerda answers, Fenna adds what she noticed. */
const metAanvulling: Draft = {
  ...draftSamenMetNetwerk,
  invuller: { wie: 'samen', helperNaam: 'Fenna', helperRol: 'vrijwilliger', helperOrganisatie: '', dorpssteunpunt: 'Dorpssteunpunt Westerbork' },
  antwoorden: {
    ...draftSamenMetNetwerk.antwoorden,
    vervoer: antwoord({ watLuktZelf: 'Fietsen lukt nog.', aanvullingHelper: 'Ik zag dat ze moeilijk liep.' }),
  },
};

describe('the helper\'s addition in the summary', () => {
  test('comes last in its levensgebied, marked as the helper\'s and apart from the inwoner\'s own words', () => {
    const rows = section(buildSummary(metAanvulling), 'levensgebied-vervoer').rows;
    expect(rows.at(-1)).toEqual({ label: { key: 'summary.aanvullingHelper' }, parts: [{ kind: 'text', text: 'Ik zag dat ze moeilijk liep.' }], bron: 'helper' });
    expect(rows.filter((r) => r.bron === 'helper')).toHaveLength(1);
    expect(rows.find((r) => 'key' in r.label && r.label.key === 'summary.levensgebied.watLuktZelf')).not.toHaveProperty('bron');
  });

  test('is left out where the helper added nothing', () => {
    expect(section(buildSummary(metAanvulling), 'levensgebied-contact').rows.some((r) => r.bron === 'helper')).toBe(false);
  });

  test('travels with the sent melding and is published in the JSON Schema', () => {
    const melding = buildMelding(metAanvulling, meta);
    expect(melding.antwoorden.vervoer?.aanvullingHelper).toBe('Ik zag dat ze moeilijk liep.');
    expect(melding.invuller).toMatchObject({ dorpssteunpunt: 'Dorpssteunpunt Westerbork' });
    const schema = JSON.stringify(meldingJsonSchema());
    expect(schema).toContain('"aanvullingHelper"');
    expect(schema).toContain('"dorpssteunpunt"');
    // Optional: older meldingen without them still validate.
    expect(schema).not.toMatch(/"required":\[[^\]]*"(aanvullingHelper|dorpssteunpunt)"/);
  });

  test('names the dorpssteunpunt under "wie vulde dit in"', () => {
    const rows = section(buildSummary(metAanvulling), 'invuller').rows;
    expect(rows.at(-1)).toEqual({ label: { key: 'summary.invuller.dorpssteunpunt' }, parts: [{ kind: 'text', text: 'Dorpssteunpunt Westerbork' }] });
  });
});

describe('namens iemand', () => {
  test('when the person does not know or agree, the summary says the gemeente contacts them first', () => {
    const draft: Draft = { ...draftNamensMetVeiligheid, invuller: { wie: 'namens', relatie: 'dochter', weetPersoon: 'nee' } };
    const row = section(buildSummary(draft), 'invuller').rows.find((r) => 'key' in r.label && r.label.key === 'summary.invuller.eersteContact');
    expect(row?.parts).toEqual([{ kind: 'option', key: 'summary.invuller.eersteContact.persoon' }, { kind: 'option', key: 'summary.invuller.eerstPersoon' }]);
  });
});

describe('compatibility', () => {
  test('stored drafts and meldingen from before helper mode read back unchanged', () => {
    expect(DraftSchema.parse(draftSamenMetNetwerk)).toEqual(draftSamenMetNetwerk);
    const melding = buildMelding(draftSamenMetNetwerk, meta);
    expect(JSON.stringify(MeldingSchema.parse(JSON.parse(JSON.stringify(melding))))).toBe(JSON.stringify(melding));
    expect(JSON.stringify(melding)).not.toContain('aanvullingHelper');
  });
});
