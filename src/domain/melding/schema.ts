import { z } from 'zod';
import { LEVENSGEBIEDEN, LevensgebiedIdSchema, MOEITE_VOORBEELDEN, type LevensgebiedId } from '../levensgebied/levensgebieden';
import { aanvulling, ANTWOORD_MAX_LENGTH, email, JA_NEE_WEETNIET, KORT_MAX_LENGTH, keuze, keuzes, telefoon, vrijeTekst } from './fields';
import { InvullerSchema, InvullerV1Schema, MeldingInvullerSchema } from './invuller-schema';
import { ReferentieSchema } from './referentie';
import { PlanAanvullingSchema } from '../verder/plan';

/**
 * Bumped when a sent melding changes shape. Version 2: a melding filled in on someone's behalf names the invuller,
 * how to reach them and whom the gemeente contacts first. Stored meldingen keep their version (see StoredMeldingSchema).
 */
export const MELDING_SCHEMA_VERSION = 2;

// ---- Wie vult dit in? --------------------------------------------------------------------------
export { EERSTE_CONTACT, INVULLER_KEUZES, InvullerSchema, MeldingInvullerSchema, type EersteContact, type Invuller } from './invuller-schema';

// ---- Per levensgebied ----------------------------------------------------------------------------
export const HOE_GAAT_HET = ['goed', 'gaat-wel', 'niet-goed', 'weet-niet'] as const;
const ALLE_MOEITE = [...new Set(Object.values(MOEITE_VOORBEELDEN).flat())] as [string, ...string[]];

/** The six questions of one levensgebied (domain brief, section 5). Every answer may be left open. */
export const LevensgebiedAntwoordenSchema = z.object({
  /** Hoe gaat het met ...? Not a score. */
  hoeGaatHet: keuze(HOE_GAAT_HET),
  /** Wat lukt u zelf nog wel? */
  watLuktZelf: vrijeTekst(),
  /** Ticked everyday examples (keys of MOEITE_VOORBEELDEN for this levensgebied). */
  moeiteMet: keuzes(ALLE_MOEITE, 8),
  /** "Iets anders", in own words. */
  moeiteAnders: vrijeTekst(),
  /** Wie helpt u hier nu al bij? */
  wieHelpt: vrijeTekst(),
  /** Ticked "niemand helpt mij hierbij". */
  niemandHelpt: z.boolean().default(false),
  /** Wat wilt u weer kunnen? */
  watWilIk: vrijeTekst(),
  /** Waarom is dat belangrijk voor u? */
  waaromBelangrijk: vrijeTekst(),
  /** Wilt u hierover praten in het gesprek? */
  overPraten: keuze(JA_NEE_WEETNIET),
  /** What a helper adds in their own words, kept apart from the inwoner's answers; absent when none. */
  aanvullingHelper: aanvulling(ANTWOORD_MAX_LENGTH),
});
export type LevensgebiedAntwoorden = z.infer<typeof LevensgebiedAntwoordenSchema>;

/** The answers of one levensgebied, with its ticked examples checked against that levensgebied's own list. */
export function levensgebiedAntwoordenSchema(id: LevensgebiedId) {
  const allowed: readonly string[] = MOEITE_VOORBEELDEN[id];
  return LevensgebiedAntwoordenSchema.refine((a) => a.moeiteMet.every((m) => allowed.includes(m)), {
    error: 'errors.choice.invalid', path: ['moeiteMet'],
  });
}

// ---- Mensen om u heen ---------------------------------------------------------------------------
export const RELATIES = ['partner', 'kind', 'familie', 'vriend', 'buur', 'vrijwilliger', 'anders'] as const;
export const HOE_VAAK = ['dagelijks', 'wekelijks', 'maandelijks', 'soms'] as const;
export const KAN_MEER = ['ja', 'nee-al-veel', 'weet-niet'] as const;
export const MAX_PERSONEN = 12;
export const MAX_PROFESSIONALS = 8;

/** One person from the inwoner's own network. */
export const PersoonSchema = z.object({
  /** First name or role ("mijn buurvrouw"): never a vague "familie". */
  naam: z.string().trim().min(1, { error: 'errors.persoon.naam.required' }).max(KORT_MAX_LENGTH, { error: 'errors.text.tooLongShort' }),
  relatie: keuze(RELATIES),
  /** What they do. */
  watDoetHij: vrijeTekst(300),
  hoeVaak: keuze(HOE_VAAK),
  /** Could they do more? */
  kanMeer: keuze(KAN_MEER),
  /** "Liever niet vragen, omdat ...": respected, never pushed. */
  lieverNiet: vrijeTekst(300),
});
export type Persoon = z.infer<typeof PersoonSchema>;

/** A professional who already helps (thuiszorg, huisarts, ...), listed apart from the own network. */
export const ProfessionalSchema = z.object({
  /** Who or which organisation. */
  naam: z.string().trim().min(1, { error: 'errors.professional.naam.required' }).max(KORT_MAX_LENGTH, { error: 'errors.text.tooLongShort' }),
  watDoetHij: vrijeTekst(300),
  hoeVaak: keuze(HOE_VAAK),
});
export type Professional = z.infer<typeof ProfessionalSchema>;

export const NetwerkSchema = z.object({
  personen: z.array(PersoonSchema).max(MAX_PERSONEN, { error: 'errors.netwerk.tooMany' }).default([]),
  professionals: z.array(ProfessionalSchema).max(MAX_PROFESSIONALS, { error: 'errors.netwerk.tooMany' }).default([]),
});
export type Netwerk = z.infer<typeof NetwerkSchema>;

/** Zorgt u voor iemand? Is het soms te zwaar? */
export const MantelzorgSchema = z.object({
  zorgtVoorIemand: keuze(['ja', 'nee'] as const),
  voorWie: vrijeTekst(300),
  teZwaar: keuze(['ja', 'soms', 'nee', 'weet-niet'] as const),
});
export type Mantelzorg = z.infer<typeof MantelzorgSchema>;

/** Wondervraag and eigen idee: an idea, never a claim. */
export const WensenSchema = z.object({
  wondervraag: vrijeTekst(500),
  eigenIdee: vrijeTekst(),
  /** What a helper adds about the wishes, kept apart from the inwoner's words; absent when none. */
  aanvullingHelper: aanvulling(ANTWOORD_MAX_LENGTH),
});
export type Wensen = z.infer<typeof WensenSchema>;

// ---- Het gesprek ----------------------------------------------------------------------------------
export const GESPREK_PLEKKEN = ['thuis', 'gemeentehuis', 'dorpssteunpunt', 'telefonisch', 'geen-voorkeur'] as const;
export const DAGDELEN = ['ochtend', 'middag', 'avond'] as const;

/** Wishes for het gesprek. */
export const GesprekSchema = z.object({
  waar: keuze(GESPREK_PLEKKEN),
  wanneer: keuzes(DAGDELEN),
  /** Days or times that do not suit. */
  wanneerToelichting: vrijeTekst(200),
  /** Who will be there (mantelzorger, vertrouwenspersoon). */
  wieErbij: vrijeTekst(300),
  clientondersteuner: keuze(JA_NEE_WEETNIET),
  /** Language for het gesprek. */
  taal: vrijeTekst(60),
  tolk: keuze(['ja', 'nee'] as const),
  /** Anything to know: slechthorend, a steep stair, a dog. */
  bijzonderheden: vrijeTekst(500),
});
export type Gesprek = z.infer<typeof GesprekSchema>;

// ---- Contact -------------------------------------------------------------------------------------
export const CONTACT_VOORKEUREN = ['telefoon', 'email', 'post'] as const;
const POSTCODE = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;

/**
 * How the gemeente can reach the inwoner: a name and at least one way. Only what is needed.
 * Filled in on someone's behalf, these are the person's own details; the invuller's are in `invuller`.
 */
export const ContactSchema = z.object({
  naam: z.string({ error: 'errors.contact.naam.required' }).trim().min(1, { error: 'errors.contact.naam.required' })
    .max(KORT_MAX_LENGTH, { error: 'errors.text.tooLongShort' }),
  telefoon: telefoon(),
  email: email(),
  straat: vrijeTekst(KORT_MAX_LENGTH),
  postcode: z.string().trim().toUpperCase().refine((v) => v === '' || POSTCODE.test(v), { error: 'errors.contact.postcode.invalid' }).default(''),
  /** The place for a letter when the kern is "ergens anders" (older meldingen may have both). */
  woonplaats: vrijeTekst(60),
  /** The kern (village or wijk) the inwoner lives in, from the gemeente's list: the place, asked once. */
  kern: vrijeTekst(60),
  voorkeur: keuze(CONTACT_VOORKEUREN),
  /**
   * The inwoner asked for a confirmation by e-mail (reference and date only, never the content).
   * Added within schema version 1 as an optional field: absent means no.
   */
  bevestigingPerEmail: z.boolean().optional(),
}).superRefine((c, ctx) => {
  const post = c.straat !== '' && c.postcode !== '' && plaatsVan(c) !== '';
  if (c.telefoon === '' && c.email === '' && !post) {
    ctx.addIssue({ code: 'custom', path: ['telefoon'], message: 'errors.contact.bereikbaar' });
  }
  if (c.voorkeur === 'telefoon' && c.telefoon === '') ctx.addIssue({ code: 'custom', path: ['telefoon'], message: 'errors.contact.telefoon.voorkeur' });
  if (c.voorkeur === 'email' && c.email === '') ctx.addIssue({ code: 'custom', path: ['email'], message: 'errors.contact.email.voorkeur' });
  if (c.voorkeur === 'post' && !post) ctx.addIssue({ code: 'custom', path: ['straat'], message: 'errors.contact.post.voorkeur' });
  if (c.bevestigingPerEmail && c.email === '') ctx.addIssue({ code: 'custom', path: ['email'], message: 'errors.contact.email.bevestiging' });
});
export type Contact = z.infer<typeof ContactSchema>;

// ---- Toestemming ---------------------------------------------------------------------------------
/** What the inwoner agreed to when sending. Levensgebieden not shared never leave the draft. */
export const ToestemmingSchema = z.object({
  /**
   * The gemeente may contact the inwoner about this melding. On someone's behalf (invuller.wie "namens") the invuller
   * gave it, not the person: whether the person knows and agrees is invuller.weetPersoon.
   */
  contact: z.literal(true, { error: 'errors.toestemming.contact.required' }).meta({
    description: 'Consent to be contacted about this melding. When invuller.wie is "namens" the invuller gave it; the person\'s own knowledge and agreement is invuller.weetPersoon.',
  }),
  /** Levensgebieden the inwoner chose to share. */
  gedeeld: z.array(LevensgebiedIdSchema),
});
export type Toestemming = z.infer<typeof ToestemmingSchema>;

// ---- Hulp in de buurt ----------------------------------------------------------------------------
/** What the inwoner wants with an offer from the kaart. Neither is an aanvraag or a decision. */
export const HULP_MARKERINGEN = ['zelf-proberen', 'meer-weten'] as const;
export const MAX_HULP_PER_LEVENSGEBIED = 20;

/** One marked offer. The name is kept as shown, so the loket reads it even after the kaart changes. */
export const HulpMarkeringSchema = z.object({
  /** The service's HSDS id. */
  id: z.uuid(),
  naam: z.string().trim().min(1).max(KORT_MAX_LENGTH),
  markering: z.enum(HULP_MARKERINGEN, { error: 'errors.choice.invalid' }),
});
export type HulpMarkering = z.infer<typeof HulpMarkeringSchema>;

// ---- The melding ---------------------------------------------------------------------------------
/** The story itself: what the draft collects and the melding carries. */
export const MeldingInhoudSchema = z.object({
  invuller: InvullerSchema.optional(),
  /** The levensgebieden chosen, in display order. */
  levensgebieden: z.array(LevensgebiedIdSchema).max(LEVENSGEBIEDEN.length),
  antwoorden: z.partialRecord(LevensgebiedIdSchema, LevensgebiedAntwoordenSchema),
  netwerk: NetwerkSchema.optional(),
  mantelzorg: MantelzorgSchema.optional(),
  wensen: WensenSchema.optional(),
  gesprek: GesprekSchema.optional(),
  contact: ContactSchema.optional(),
  /**
   * Per levensgebied, offers from hulp in de buurt the inwoner marked ("wil ik zelf proberen", "wil ik meer over weten").
   * Added within schema version 1 as an optional field, so stored drafts and meldingen without it stay valid and unchanged.
   */
  hulpInDeBuurt: z.partialRecord(LevensgebiedIdSchema, z.array(HulpMarkeringSchema).max(MAX_HULP_PER_LEVENSGEBIED)).optional(),
});
export type MeldingInhoud = z.infer<typeof MeldingInhoudSchema>;

/** A sent melding of the current version, as stored for the gemeente and published at /schema/melding.json. */
export const MeldingSchema = MeldingInhoudSchema.extend({
  schemaVersion: z.literal(MELDING_SCHEMA_VERSION),
  invuller: MeldingInvullerSchema.optional(),
  /** Reference code, easy to read aloud: KW-XXXX-XXXX. */
  referentie: ReferentieSchema,
  /** When the melding was sent: this starts the legal clock. */
  verstuurdOp: z.iso.datetime({ offset: true }),
  /**
   * Interface language the inwoner used (BCP 47: nl, en, tr, ar, pl, uk). Answers are stored as option keys and
   * the person's own words, so the loket reads every label in Dutch whatever this says; the own words are as written.
   * A plain string, not a list, so adding a language later keeps stored meldingen and integrations valid.
   */
  taal: z.string().min(2).max(10).meta({
    description: 'Interface language the inwoner used (BCP 47, e.g. nl, en, tr, ar, pl, uk). Own words are in this language; every option is a key.',
    examples: ['nl', 'tr'],
  }),
  levensgebieden: z.array(LevensgebiedIdSchema).max(LEVENSGEBIEDEN.length),
  contact: ContactSchema,
  toestemming: ToestemmingSchema,
  /**
   * The persoonlijk plan: additions in the inwoner's own words within 7 days of the melding (Wmo 2015 art. 2.3.2),
   * oldest first. Stored beside the melding and included in exports; optional within schema version 1.
   */
  persoonlijkPlan: z.array(PlanAanvullingSchema).optional(),
});
export type Melding = z.infer<typeof MeldingSchema>;

/** A melding sent as schema version 1 (before December 2026): "namens iemand" had only the relation and weetPersoon. */
export const MeldingV1Schema = MeldingSchema.extend({
  schemaVersion: z.literal(1),
  invuller: InvullerV1Schema.optional(),
});

/**
 * A melding as read back from storage, in the version it was sent with: meldingen are never rewritten, because the
 * invuller's details that version 1 did not ask cannot be made up. Published at /schema/melding-v1.json for version 1.
 */
export const StoredMeldingSchema = z.discriminatedUnion('schemaVersion', [MeldingSchema, MeldingV1Schema]);
export type StoredMelding = z.infer<typeof StoredMeldingSchema>;

/** Contact, with the kern checked against the gemeente's list ("anders" when it is not on it). */
export function contactSchemaFor(kernen: readonly string[]) {
  return ContactSchema.refine((c) => c.kern === '' || c.kern === KERN_ANDERS || kernen.includes(c.kern), {
    error: 'errors.contact.kern.unknown', path: ['kern'],
  });
}
/** The kern value for "ergens anders". */
export const KERN_ANDERS = 'anders';

/** The place to write on a letter: the typed woonplaats, else the kern from the gemeente's list. */
export function plaatsVan(c: Pick<Contact, 'woonplaats' | 'kern'>): string {
  return c.woonplaats !== '' ? c.woonplaats : c.kern === KERN_ANDERS ? '' : c.kern;
}
