import { expect, test } from 'vitest';
import { KloptNietSchema } from './klopt-niet';

const errors = (input: unknown) => KloptNietSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

test('accepts what is wrong, with or without contact', () => {
  expect(KloptNietSchema.parse({ watKloptNiet: ' Het telefoonnummer is veranderd. ' })).toEqual({ watKloptNiet: 'Het telefoonnummer is veranderd.', contact: '' });
});

test('asks what is wrong when it is empty', () => {
  expect(errors({ watKloptNiet: '   ' })).toEqual(['watKloptNiet: errors.kloptNiet.required']);
});

test('refuses more than 500 characters', () => {
  expect(errors({ watKloptNiet: 'a'.repeat(501) })).toEqual(['watKloptNiet: errors.kloptNiet.tooLong']);
});

test('refuses markup in either field', () => {
  expect(errors({ watKloptNiet: '<b>dicht</b>', contact: '<a href=x>' })).toEqual(['watKloptNiet: errors.kloptNiet.markup', 'contact: errors.kloptNiet.markup']);
});
