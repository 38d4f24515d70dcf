import { z } from 'zod';
import { aanvulling, email, keuze, KORT_MAX_LENGTH, telefoon, verplichteTekst, vrijeTekst } from './fields';

/** Who fills in: the inwoner, someone together with them, or someone on their behalf. */
export const INVULLER_KEUZES = ['zelf', 'samen', 'namens'] as const;
/** Whom the gemeente contacts first about a melding filled in on someone's behalf. */
export const EERSTE_CONTACT = ['invuller', 'persoon'] as const;
export type EersteContact = (typeof EERSTE_CONTACT)[number];

const zelf = z.object({ wie: z.literal('zelf') });

const samen = z.object({
  wie: z.literal('samen'),
  /** The helper's name. */
  helperNaam: vrijeTekst(KORT_MAX_LENGTH),
  /** The helper's role, e.g. "vrijwilliger". */
  helperRol: vrijeTekst(KORT_MAX_LENGTH),
  /** Where the helper comes from, e.g. "dorpssteunpunt Westerbork". */
  helperOrganisatie: vrijeTekst(KORT_MAX_LENGTH),
  /** The dorpssteunpunt the melding was filled in at, by its name in the gemeente file; absent when none. */
  dorpssteunpunt: aanvulling(KORT_MAX_LENGTH),
});

/** "Namens iemand" as schema version 1 knew it: only the relation, and (later) whether the person knows. */
const namensV1 = z.object({
  wie: z.literal('namens'),
  /** How the person filling in relates to the inwoner, e.g. "dochter". */
  relatie: vrijeTekst(KORT_MAX_LENGTH),
  /** Whether the inwoner knows about this melding and agrees with it; absent in meldingen from before it was asked. */
  weetPersoon: keuze(['ja', 'nee'] as const),
});

/**
 * "Namens iemand" since schema version 2: who filled it in and how the gemeente reaches them, what the person knows,
 * and whom the gemeente contacts first. The melding's `contact` is the person's own.
 */
const namens = z.object({
  wie: z.literal('namens'),
  /** The name of the person who filled it in (the invuller), so the gemeente can call them back. */
  naam: verplichteTekst('errors.invuller.naam.required'),
  /** How the invuller relates to the person, e.g. "dochter". */
  relatie: verplichteTekst('errors.invuller.relatie.required'),
  /** The invuller's phone number; this or `email` is filled in. */
  telefoon: telefoon(),
  /** The invuller's e-mail address; this or `telefoon` is filled in. */
  email: email(),
  /** Whether the person knows about this melding and agrees with it ("nee" also when the invuller does not know). */
  weetPersoon: z.enum(['ja', 'nee'], { error: 'errors.invuller.weetPersoon.required' }),
  /** Whom the gemeente contacts first: the invuller, or the person themselves (at `contact`). */
  eersteContact: z.enum(EERSTE_CONTACT, { error: 'errors.invuller.eersteContact.required' }),
}).refine((n) => n.telefoon !== '' || n.email !== '', {
  error: 'errors.invuller.bereikbaar', path: ['telefoon'],
  // Also when other fields are still missing, so the form lists everything at once; a wrong number has its own message.
  when: ({ value }) => {
    const n = value as { telefoon?: unknown; email?: unknown };
    return (n.telefoon ?? '') === '' && (n.email ?? '') === '';
  },
});

/** Who filled in a melding of schema version 1. */
export const InvullerV1Schema = z.discriminatedUnion('wie', [zelf, samen, namensV1], { error: 'errors.invuller.required' });

/** Who filled in a melding of the current schema version: what the "Wie vult dit in?" form asks. */
export const MeldingInvullerSchema = z.discriminatedUnion('wie', [zelf, samen, namens], { error: 'errors.invuller.required' });

/**
 * Who filled it in, as a draft holds it and as any stored version reads: the current fields of "namens iemand"
 * may be missing (drafts and meldingen from before they were asked). Sending requires `MeldingInvullerSchema`.
 */
export const InvullerSchema = z.discriminatedUnion('wie', [zelf, samen, namensV1.extend({
  naam: z.string().optional(),
  telefoon: z.string().optional(),
  email: z.string().optional(),
  eersteContact: keuze(EERSTE_CONTACT),
})], { error: 'errors.invuller.required' });
export type Invuller = z.infer<typeof InvullerSchema>;
