import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, test } from 'vitest';
import { draftNamensMetVeiligheid, draftSamenMetNetwerk, draftZelfHuishouden } from '../../../tests/fixtures/meldingen';
import { LEVENSGEBIEDEN } from '../levensgebied/levensgebieden';
import { ANTWOORD_MAX_LENGTH } from './fields';
import { meldingJsonSchema } from './json-schema';
import {
  ContactSchema,
  contactSchemaFor,
  KERN_ANDERS,
  LevensgebiedAntwoordenSchema,
  levensgebiedAntwoordenSchema,
  MeldingSchema,
  PersoonSchema,
} from './schema';
import { buildMelding } from './versturen';

/** The i18n keys of every issue, with the path joined, so a test reads like the error list a page shows. */
function issues(result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

const sent = (draft: typeof draftZelfHuishouden) =>
  buildMelding(draft, { referentie: 'KW-ABCD-2345', verstuurdOp: new Date('2025-03-03T09:00:00Z'), taal: 'nl' });

describe('answers of one levensgebied', () => {
  test('may all be left open', () => {
    const result = LevensgebiedAntwoordenSchema.safeParse({});
    expect(result.data).toEqual({
      watLuktZelf: '', moeiteMet: [], moeiteAnders: '', wieHelpt: '', niemandHelpt: false, watWilIk: '', waaromBelangrijk: '',
    });
  });

  test('treats an empty choice from the form as not answered', () => {
    const result = LevensgebiedAntwoordenSchema.safeParse({ hoeGaatHet: '', overPraten: '' });
    expect(result.success && [result.data.hoeGaatHet, result.data.overPraten]).toEqual([undefined, undefined]);
  });

  test('trims the spaces around a typed text', () => {
    const result = LevensgebiedAntwoordenSchema.parse({ watLuktZelf: '  Koken lukt nog. \n' });
    expect(result.watLuktZelf).toBe('Koken lukt nog.');
  });

  test(`accepts a text of exactly ${ANTWOORD_MAX_LENGTH} characters`, () => {
    expect(LevensgebiedAntwoordenSchema.safeParse({ watWilIk: 'a'.repeat(ANTWOORD_MAX_LENGTH) }).success).toBe(true);
  });

  test('refuses a text that is too long with errors.text.tooLong', () => {
    const result = LevensgebiedAntwoordenSchema.safeParse({ watWilIk: 'a'.repeat(ANTWOORD_MAX_LENGTH + 1) });
    expect(issues(result)).toEqual(['watWilIk: errors.text.tooLong']);
  });

  test('refuses an option that is not on the list with errors.choice.invalid', () => {
    const result = LevensgebiedAntwoordenSchema.safeParse({ hoeGaatHet: 'super' });
    expect(issues(result)).toEqual(['hoeGaatHet: errors.choice.invalid']);
  });

  test('keeps ticked examples in list order, once each', () => {
    const result = levensgebiedAntwoordenSchema('huishouden').parse({ moeiteMet: ['koken', 'schoonmaken', 'koken'] });
    expect(result.moeiteMet).toEqual(['schoonmaken', 'koken']);
  });

  test('accepts a ticked example of the levensgebied itself', () => {
    expect(levensgebiedAntwoordenSchema('wonen').safeParse({ moeiteMet: ['tuin'] }).success).toBe(true);
  });

  test('refuses a ticked example that belongs to another levensgebied', () => {
    // "koken" is a huishouden example, not a wonen one.
    const result = levensgebiedAntwoordenSchema('wonen').safeParse({ moeiteMet: ['tuin', 'koken'] });
    expect(issues(result)).toEqual(['moeiteMet: errors.choice.invalid']);
  });
});

describe('contact', () => {
  const bereikbaar = { naam: 'Greet de Vries', telefoon: '0593 123456' };

  test('accepts a name and a phone number', () => {
    expect(ContactSchema.safeParse(bereikbaar).success).toBe(true);
  });

  test('asks for a name', () => {
    expect(issues(ContactSchema.safeParse({ ...bereikbaar, naam: '   ' }))).toEqual(['naam: errors.contact.naam.required']);
  });

  test('asks for a name when the field is missing altogether', () => {
    expect(issues(ContactSchema.safeParse({ telefoon: '0593 123456' }))).toEqual(['naam: errors.contact.naam.required']);
  });

  test('asks for at least one way to reach the inwoner, shown at the phone field', () => {
    expect(issues(ContactSchema.safeParse({ naam: 'Greet' }))).toEqual(['telefoon: errors.contact.bereikbaar']);
  });

  test('counts a full postal address as a way to reach', () => {
    const result = ContactSchema.safeParse({ naam: 'Greet', straat: 'Kerkstraat 4', postcode: '9411 AB', woonplaats: 'Beilen' });
    expect(result.success).toBe(true);
  });

  test('does not count half an address as a way to reach', () => {
    const result = ContactSchema.safeParse({ naam: 'Greet', straat: 'Kerkstraat 4', woonplaats: 'Beilen' });
    expect(issues(result)).toEqual(['telefoon: errors.contact.bereikbaar']);
  });

  test.each(['0612345678', '0593 123456', '06-12345678', '+31 6 12345678'])('accepts the phone number %s', (telefoon) => {
    expect(ContactSchema.safeParse({ naam: 'Greet', telefoon }).success).toBe(true);
  });

  test.each(['12345', 'bel me maar', '06-1234567a'])('refuses the phone number %s', (telefoon) => {
    expect(issues(ContactSchema.safeParse({ naam: 'Greet', telefoon }))).toContain('telefoon: errors.contact.telefoon.invalid');
  });

  test('refuses an e-mail address without a domain', () => {
    expect(issues(ContactSchema.safeParse({ ...bereikbaar, email: 'greet@' }))).toEqual(['email: errors.contact.email.invalid']);
  });

  test('writes a postcode in capitals', () => {
    expect(ContactSchema.parse({ ...bereikbaar, postcode: '9411 ab' }).postcode).toBe('9411 AB');
  });

  test.each(['0411 AB', '941 AB', '9411 A1'])('refuses the postcode %s', (postcode) => {
    expect(issues(ContactSchema.safeParse({ ...bereikbaar, postcode }))).toEqual(['postcode: errors.contact.postcode.invalid']);
  });

  test('refuses "by e-mail" as preference without an e-mail address', () => {
    expect(issues(ContactSchema.safeParse({ ...bereikbaar, voorkeur: 'email' }))).toEqual(['email: errors.contact.email.voorkeur']);
  });

  test('refuses "by phone" as preference without a phone number', () => {
    const result = ContactSchema.safeParse({ naam: 'Greet', email: 'greet@example.nl', voorkeur: 'telefoon' });
    expect(issues(result)).toEqual(['telefoon: errors.contact.telefoon.voorkeur']);
  });

  test('refuses "by post" as preference without a full address', () => {
    expect(issues(ContactSchema.safeParse({ ...bereikbaar, voorkeur: 'post' }))).toEqual(['straat: errors.contact.post.voorkeur']);
  });

  test("accepts a kern from the gemeente's list", () => {
    expect(contactSchemaFor(['Beilen', 'Westerbork']).safeParse({ ...bereikbaar, kern: 'Westerbork' }).success).toBe(true);
  });

  test('accepts "ergens anders" as kern', () => {
    expect(contactSchemaFor(['Beilen']).safeParse({ ...bereikbaar, kern: KERN_ANDERS }).success).toBe(true);
  });

  test('refuses a kern that is not on the list', () => {
    const result = contactSchemaFor(['Beilen', 'Westerbork']).safeParse({ ...bereikbaar, kern: 'Atlantis' });
    expect(issues(result)).toEqual(['kern: errors.contact.kern.unknown']);
  });
});

describe('netwerk', () => {
  test('asks for the name of a person in the network', () => {
    expect(issues(PersoonSchema.safeParse({ naam: ' ', relatie: 'buur' }))).toEqual(['naam: errors.persoon.naam.required']);
  });
});

describe('a sent melding', () => {
  test('is built from every example draft', () => {
    for (const draft of [draftZelfHuishouden, draftSamenMetNetwerk, draftNamensMetVeiligheid]) {
      expect(MeldingSchema.safeParse(sent(draft)).success).toBe(true);
    }
  });

  test('is refused without consent', () => {
    const { toestemming: _toestemming, ...withoutConsent } = sent(draftZelfHuishouden);
    expect(MeldingSchema.safeParse(withoutConsent).error?.issues.map((i) => i.path)).toEqual([['toestemming']]);
  });

  test('is refused when the inwoner did not agree to be contacted', () => {
    const melding = sent(draftZelfHuishouden);
    const result = MeldingSchema.safeParse({ ...melding, toestemming: { ...melding.toestemming, contact: false } });
    expect(issues(result)).toEqual(['toestemming.contact: errors.toestemming.contact.required']);
  });

  test('is refused without a contact', () => {
    const { contact: _contact, ...withoutContact } = sent(draftZelfHuishouden);
    expect(MeldingSchema.safeParse(withoutContact).success).toBe(false);
  });
});

describe('the published JSON Schema', () => {
  // ajv is in node_modules (through @astrojs/check); formats need ajv-formats, which is not, so they are not checked.
  const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(meldingJsonSchema());

  test('accepts a melding built from every example draft', () => {
    const results = [draftZelfHuishouden, draftSamenMetNetwerk, draftNamensMetVeiligheid]
      .map((draft) => validate(JSON.parse(JSON.stringify(sent(draft)))) || validate.errors);
    expect(results).toEqual([true, true, true]);
  });

  test('refuses a melding without consent', () => {
    const { toestemming: _toestemming, ...withoutConsent } = sent(draftZelfHuishouden);
    expect(validate(JSON.parse(JSON.stringify(withoutConsent)))).toBe(false);
  });

  test('refuses an unknown levensgebied', () => {
    const melding = { ...sent(draftZelfHuishouden), levensgebieden: ['tuinieren'] };
    expect(validate(JSON.parse(JSON.stringify(melding)))).toBe(false);
  });

  test('lists every levensgebied, in display order, as the allowed values', () => {
    const schema = meldingJsonSchema() as { properties: { levensgebieden: { items: { enum: string[] } } } };
    expect(schema.properties.levensgebieden.items.enum).toEqual([...LEVENSGEBIEDEN]);
  });

  test('names the fields every melding has', () => {
    expect(meldingJsonSchema().required).toEqual(
      ['levensgebieden', 'antwoorden', 'contact', 'schemaVersion', 'referentie', 'verstuurdOp', 'taal', 'toestemming']);
  });

  test('describes the ticked examples as a list of known values, not as "anything"', () => {
    const melding = sent(draftZelfHuishouden);
    const broken = { ...melding, antwoorden: { huishouden: { ...melding.antwoorden.huishouden, moeiteMet: 'alles' } } };
    expect(validate(JSON.parse(JSON.stringify(broken)))).toBe(false);
  });
});
