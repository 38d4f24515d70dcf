import { z } from 'zod';
import { LEVENSGEBIEDEN } from '../levensgebied/levensgebieden';
import { DoelgroepSchema, KenmerkSchema, KostenSchema, oneOf, SoortSchema, ToegangSchema, VormSchema } from './taxonomie';

/**
 * One YAML file per organisation in content/sociale-kaart/, shaped after Open Referral HSDS 3.0:
 * organization → services, each with its phones, schedules, cost_options and locations
 * (service_at_location). Field names follow HSDS where HSDS has the field; our own taxonomies
 * (levensgebied, soort, vorm, …) are HSDS attributes, written here as plain lists.
 * Messages are for the beheerder who edits the file, and the build names the file and the field.
 */

const tekst = (max: number) => z.string({ error: 'fill this in' }).trim().min(1, { error: 'fill this in' }).max(max, { error: `at most ${max} characters` });
/** HSDS ids are UUIDs; generate one with `node -e "console.log(crypto.randomUUID())"`. */
const id = z.uuid({ error: 'must be a UUID, e.g. 4f1c2b0e-8a7d-4c3e-9b1a-2d5e6f7a8b9c' });
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** HSDS phone. */
export const PhoneSchema = z.strictObject({
  id,
  number: z.string().regex(/^\+?[0-9][0-9 ()-]{5,20}$/, { error: 'write a phone number like 0592 000 000' }),
  /** When to call or who answers, e.g. "op werkdagen van 9.00 tot 12.00 uur". */
  description: tekst(200).optional(),
});

/** HSDS schedule: we keep the human description (HSDS `description`); structured times may follow. */
export const ScheduleSchema = z.strictObject({
  id,
  description: tekst(300),
});

/** HSDS cost_option. No amount means the description says it all. */
export const CostOptionSchema = z.strictObject({
  id,
  description: tekst(300).optional(),
  amount: z.number().nonnegative().optional(),
  currency: z.literal('EUR').optional(),
});

/** HSDS location with its address; `city` is the kern. */
export const LocationSchema = z.strictObject({
  id,
  name: tekst(120),
  address_1: tekst(120),
  postal_code: z.string().regex(/^[1-9][0-9]{3} ?[A-Z]{2}$/, { error: 'write a postcode like 9411 AB' }).optional(),
  city: tekst(60),
});

/** One offer on the kaart (HSDS service), with our taxonomy attributes. */
export const ServiceSchema = z.strictObject({
  id,
  /** The address of its page: /sociale-kaart/<slug>. Unique across all files. */
  slug: z.string().regex(SLUG, { error: 'use lowercase letters, digits and hyphens, e.g. koffie-in-de-brink' }).max(80),
  name: tekst(120),
  /** What it is, in plain Dutch (B1). Never a promise or a decision. */
  description: tekst(1000),
  /** Who to contact: a person or a role, e.g. "Coördinator Anja". */
  contact_name: tekst(120).optional(),
  email: z.email({ error: 'write an e-mail address like info@example.nl' }).optional(),
  url: z.url({ protocol: /^https$/, error: 'write a web address that starts with https://' }).optional(),
  /** HSDS `assured_date`: when someone last checked that this is still right ("laatst gecontroleerd op"). */
  assured_date: z.preprocess(
    // YAML 1.1 readers turn an unquoted 2026-05-01 into a Date: accept it as the day it names.
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z.iso.date({ error: 'write the date as YYYY-MM-DD' }),
  ),
  levensgebieden: z.array(oneOf(LEVENSGEBIEDEN)).min(1, { error: 'name at least one levensgebied' }),
  soort: SoortSchema,
  vorm: z.array(VormSchema).min(1, { error: 'name individueel, groep, or both' }),
  toegang: ToegangSchema,
  kosten: KostenSchema,
  /** Kernen where the offer is; an empty list means the whole gemeente. */
  kernen: z.array(tekst(60)).default([]),
  doelgroepen: z.array(DoelgroepSchema).default([]),
  kenmerken: z.array(KenmerkSchema).default([]),
  phones: z.array(PhoneSchema).default([]),
  schedules: z.array(ScheduleSchema).min(1, { error: 'say when (a schedule with a description)' }),
  cost_options: z.array(CostOptionSchema).default([]),
  locations: z.array(LocationSchema).default([]),
}).refine((s) => s.phones.length > 0 || s.email !== undefined || s.url !== undefined, {
  error: 'give at least one way to make contact: phones, email or url', path: ['phones'],
});
export type Service = z.infer<typeof ServiceSchema>;

/** One file: the organisation (HSDS organization) and its services. */
export const OrganisatieSchema = z.strictObject({
  id,
  name: tekst(120),
  description: tekst(1000),
  /** Demo content is fictional and is labelled as such on every entry. */
  demo: z.boolean().default(false),
  email: z.email({ error: 'write an e-mail address like info@example.nl' }).optional(),
  website: z.url({ protocol: /^https$/, error: 'write a web address that starts with https://' }).optional(),
  services: z.array(ServiceSchema).min(1, { error: 'an organisation needs at least one service' }),
});
export type Organisatie = z.infer<typeof OrganisatieSchema>;
export type OrganisatieInput = z.input<typeof OrganisatieSchema>;

/** A service with its organisation: one entry on the kaart. */
export interface Aanbod {
  service: Service;
  organisatie: Omit<Organisatie, 'services'>;
}

/** All entries of all organisations. Throws when two services share an id or a slug (a content mistake). */
export function toAanbod(organisaties: readonly Organisatie[]): Aanbod[] {
  const seen = new Set<string>();
  return organisaties.flatMap(({ services, ...organisatie }) => services.map((service) => {
    for (const key of [`id ${service.id}`, `slug ${service.slug}`]) {
      if (seen.has(key)) throw new Error(`sociale kaart: two services have the same ${key}`);
      seen.add(key);
    }
    return { service, organisatie };
  }));
}

/** "file.yaml: services.0.assured_date: write the date as YYYY-MM-DD", one line per problem. */
export function describeInvalid(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
}
