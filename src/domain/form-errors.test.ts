import { describe, expect, test } from 'vitest';
import { errorFor, toFieldErrors } from './form-errors';
import { NetwerkFormSchema } from './melding/netwerk-form';
import { ContactSchema, LevensgebiedAntwoordenSchema, PersoonSchema } from './melding/schema';
import { versturenSchemaFor } from './melding/versturen';

/** The field errors a page would show for this input. */
function errorsOf(schema: { safeParse(v: unknown): { error?: Parameters<typeof toFieldErrors>[0] | undefined } }, input: unknown, prefix?: string) {
  const { error } = schema.safeParse(input);
  if (!error) throw new Error('expected the input to be refused');
  return toFieldErrors(error, prefix);
}

describe('toFieldErrors', () => {
  test('gives one error per field: the first one wins', () => {
    // No way to reach AND "bel mij" without a number: both land on telefoon; the first says what to do.
    expect(errorsOf(ContactSchema, { naam: 'Greet', voorkeur: 'telefoon' })).toMatchInlineSnapshot(`
      [
        {
          "field": "telefoon",
          "key": "errors.contact.bereikbaar",
        },
      ]
    `);
  });

  test('keeps the fields in the order zod reports them, which is form order', () => {
    expect(errorsOf(ContactSchema, { naam: '', telefoon: '12', postcode: 'xx' })).toMatchInlineSnapshot(`
      [
        {
          "field": "naam",
          "key": "errors.contact.naam.required",
        },
        {
          "field": "telefoon",
          "key": "errors.contact.telefoon.invalid",
        },
        {
          "field": "postcode",
          "key": "errors.contact.postcode.invalid",
        },
      ]
    `);
  });

  test("replaces zod's own English message with errors.generic", () => {
    // A name that is not text at all (a forged post) has no message of ours: zod says "Invalid input: expected string".
    expect(errorsOf(PersoonSchema, { naam: 42 })).toMatchInlineSnapshot(`
      [
        {
          "field": "naam",
          "key": "errors.generic",
        },
      ]
    `);
  });

  test('gives a bad item of a checkbox group to the group as a whole', () => {
    expect(errorsOf(LevensgebiedAntwoordenSchema, { moeiteMet: ['koken', 'vliegen', 'zwemmen'] })).toMatchInlineSnapshot(`
      [
        {
          "field": "moeiteMet",
          "key": "errors.choice.invalid",
        },
      ]
    `);
  });

  test('names a field in a repeated row after its row: persoon-0-naam', () => {
    const form = { persoon: [{ naam: '', relatie: 'kind' }], professional: [], mantelzorg: {} };
    expect(errorsOf(NetwerkFormSchema, form)).toMatchInlineSnapshot(`
      [
        {
          "field": "persoon-0-naam",
          "key": "errors.persoon.naam.required",
        },
      ]
    `);
  });

  test('names a nested field by joining its path with dashes, as the form names it (delen-huishouden)', () => {
    expect(errorsOf(versturenSchemaFor(['huishouden']), { delen: {}, toestemmingContact: 'ja' })).toEqual([
      { field: 'delen-huishouden', key: 'errors.toestemming.delen.required' },
    ]);
  });

  test('puts the prefix in front of every field', () => {
    expect(errorsOf(ContactSchema, { naam: '', telefoon: '0612345678' }, 'contact-')).toEqual([
      { field: 'contact-naam', key: 'errors.contact.naam.required' },
    ]);
  });
});

describe('errorFor', () => {
  const errors = [{ field: 'naam', key: 'errors.contact.naam.required' }, { field: 'telefoon', key: 'errors.contact.bereikbaar' }];

  test('finds the error of a field', () => {
    expect(errorFor(errors, 'telefoon')).toEqual({ field: 'telefoon', key: 'errors.contact.bereikbaar' });
  });

  test('finds nothing for a field without an error', () => {
    expect(errorFor(errors, 'email')).toBeUndefined();
  });
});
