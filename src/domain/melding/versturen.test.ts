import { describe, expect, test } from 'vitest';
import {
  draftNamensMetVeiligheid, draftSamenMetNetwerk, draftZelfHuishouden, GEHEIM_VEILIGHEID, NIET_GEKOZEN_WONEN,
} from '../../../tests/fixtures/meldingen';
import { emptyDraft } from './draft';
import { buildMelding, termijnen, versturenSchemaFor } from './versturen';

const meta = { referentie: 'KW-ABCD-2345', verstuurdOp: new Date('2025-03-03T09:30:00.000Z'), taal: 'nl' };

describe('buildMelding', () => {
  test('carries the reference, the moment of sending, the language and the schema version', () => {
    const { referentie, verstuurdOp, taal, schemaVersion } = buildMelding(draftZelfHuishouden, meta);
    expect({ referentie, verstuurdOp, taal, schemaVersion }).toEqual({ referentie: 'KW-ABCD-2345', verstuurdOp: '2025-03-03T09:30:00.000Z', taal: 'nl', schemaVersion: 2 });
  });

  test('records consent for contact and for exactly the shared levensgebieden', () => {
    expect(buildMelding(draftNamensMetVeiligheid, meta).toestemming).toEqual({ contact: true, gedeeld: ['geld'] });
  });

  test('leaves out a levensgebied kept to oneself, and its answers', () => {
    const melding = buildMelding(draftNamensMetVeiligheid, meta);
    expect([melding.levensgebieden, Object.keys(melding.antwoorden)]).toEqual([['geld'], ['geld']]);
  });

  test('carries no word of a levensgebied kept to oneself or no longer chosen', () => {
    const json = JSON.stringify(buildMelding(draftNamensMetVeiligheid, meta));
    expect([json.includes(GEHEIM_VEILIGHEID), json.includes(NIET_GEKOZEN_WONEN)]).toEqual([false, false]);
  });

  test('keeps every shared answer as typed', () => {
    expect(buildMelding(draftSamenMetNetwerk, meta).antwoorden).toEqual(draftSamenMetNetwerk.antwoorden);
  });

  test('refuses a draft without contact', () => {
    expect(() => buildMelding({ ...emptyDraft(), levensgebieden: ['geld'], delen: { geld: 'delen' } }, meta)).toThrow();
  });

  test('refuses a reference that is not a reference code', () => {
    expect(() => buildMelding(draftZelfHuishouden, { ...meta, referentie: 'KW-0000-0000' })).toThrow();
  });
});

describe('termijnen', () => {
  test('lets the inwoner add a persoonlijk plan until 7 days after sending', () => {
    expect(termijnen('2025-03-03T09:30:00.000Z').planUiterlijk.toISOString()).toBe('2025-03-10T09:30:00.000Z');
  });

  test('has het gesprek within 6 weeks (42 days) of sending', () => {
    expect(termijnen('2025-03-03T09:30:00.000Z').gesprekUiterlijk.toISOString()).toBe('2025-04-14T09:30:00.000Z');
  });

  test('counts from the moment in any time zone notation', () => {
    expect(termijnen('2025-03-03T10:30:00+01:00').planUiterlijk.toISOString()).toBe('2025-03-10T09:30:00.000Z');
  });
});

describe('versturenSchemaFor', () => {
  const schema = versturenSchemaFor(['geld', 'veiligheid']);
  const messages = (input: unknown) => schema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  test('accepts a choice for every chosen levensgebied and consent to be contacted', () => {
    expect(messages({ delen: { geld: 'delen', veiligheid: 'zelf-houden' }, toestemmingContact: 'ja' })).toEqual([]);
  });

  test('asks for a share-or-keep choice per chosen levensgebied', () => {
    expect(messages({ delen: { geld: 'delen' }, toestemmingContact: 'ja' })).toEqual(['delen.veiligheid: errors.toestemming.delen.required']);
  });

  test('asks for consent to be contacted', () => {
    expect(messages({ delen: { geld: 'delen', veiligheid: 'delen' }, toestemmingContact: '' })).toEqual(['toestemmingContact: errors.toestemming.contact.required']);
  });
});
