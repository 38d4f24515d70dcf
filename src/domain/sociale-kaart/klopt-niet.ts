import { z } from 'zod';

export const KLOPT_NIET_MAX_LENGTH = 500;
export const KLOPT_NIET_CONTACT_MAX_LENGTH = 120;
/** Reports per page on the beheer page. */
export const KLOPT_NIET_PAGE_SIZE = 50;
/** "<" and ">" are refused: the beheerder reads plain text, never markup. */
const NO_MARKUP = /^[^<>]*$/;

/** "Klopt dit niet?" on an entry: what is wrong, and optionally how to reach the person who says so. */
export const KloptNietSchema = z.object({
  watKloptNiet: z.string({ error: 'errors.kloptNiet.required' }).trim()
    .min(1, { error: 'errors.kloptNiet.required' })
    .max(KLOPT_NIET_MAX_LENGTH, { error: 'errors.kloptNiet.tooLong' })
    .regex(NO_MARKUP, { error: 'errors.kloptNiet.markup' }),
  contact: z.string().trim()
    .max(KLOPT_NIET_CONTACT_MAX_LENGTH, { error: 'errors.kloptNiet.contactTooLong' })
    .regex(NO_MARKUP, { error: 'errors.kloptNiet.markup' })
    .default(''),
});
export type KloptNiet = z.infer<typeof KloptNietSchema>;
