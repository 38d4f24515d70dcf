import { z } from 'zod';
import { LEVENSGEBIEDEN, LevensgebiedIdSchema, MOEITE_VOORBEELDEN, type LevensgebiedId } from '../levensgebied/levensgebieden';
import { ANTWOORD_MAX_LENGTH, JA_NEE_WEETNIET, KORT_MAX_LENGTH, keuze, keuzes, vrijeTekst } from './fields';
import { ReferentieSchema } from './referentie';
import { PlanAanvullingSchema } from '../verder/plan';

/** Bumped when a stored melding changes shape; readers migrate older versions. */
export const MELDING_SCHEMA_VERSION = 1;

// ---- Wie vult dit in? --------------------------------------------------------------------------
export const INVULLER_KEUZES = ['zelf', 'samen', 'namens'] as const;

/**
 * Optional text that is left out when empty. Fields added within schema version 1 use it, so stored drafts
 * and meldingen without them stay valid and unchanged, and the published JSON Schema does not require them.
 */
const aanvulling = (max: number) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.string({ error: 'errors.generic' }).trim().max(max, { error: max > KORT_MAX_LENGTH ? 'errors.text.tooLong' : 'errors.text.tooLongShort' }).optional());

/** Who filled in the melding: the inwoner, someone together with them, or someone on their behalf. */
export const InvullerSchema = z.discriminatedUnion('wie', [
  z.object({ wie: z.literal('zelf') }),
  z.object({
    wie: z.literal('samen'),
    /** The helper's name. */
    helperNaam: vrijeTekst(KORT_MAX_LENGTH),
    /** The helper's role, e.g. "vrijwilliger". */
    helperRol: vrijeTekst(KORT_MAX_LENGTH),
    /** Where the helper comes from, e.g. "dorpssteunpunt Westerbork". */
    helperOrganisatie: vrijeTekst(KORT_MAX_LENGTH),
    /** The dorpssteunpunt the melding was filled in at, by its name in the gemeente file; absent when none. */
    dorpssteunpunt: aanvulling(KORT_MAX_LENGTH),
  }),
  z.object({
    wie: z.literal('namens'),
    /** How the person filling in relates to the inwoner, e.g. "dochter". */
    relatie: vrijeTekst(KORT_MAX_LENGTH),
    /**
     * Whether the inwoner knows about this melding and agrees with it. The form requires an answer; "nee" (or none,
     * in meldingen from before it was required) means the gemeente contacts the person first.
     */
    weetPersoon: keuze(['ja', 'nee'] as const),
  }),
], { error: 'errors.invuller.required' });
export type Invuller = z.infer<typeof InvullerSchema>;

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
const TELEFOON = /^\+?[0-9][0-9 ()-]{7,18}[0-9]$/;
const POSTCODE = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;

/** How the gemeente can reach the inwoner: a name and at least one way. Only what is needed. */
export const ContactSchema = z.object({
  naam: z.string({ error: 'errors.contact.naam.required' }).trim().min(1, { error: 'errors.contact.naam.required' })
    .max(KORT_MAX_LENGTH, { error: 'errors.text.tooLongShort' }),
  telefoon: z.string().trim().max(30, { error: 'errors.contact.telefoon.invalid' })
    .refine((v) => v === '' || TELEFOON.test(v), { error: 'errors.contact.telefoon.invalid' }).default(''),
  email: z.union([z.literal(''), z.email({ error: 'errors.contact.email.invalid' }).max(254, { error: 'errors.contact.email.invalid' })], { error: 'errors.contact.email.invalid' })
    .default(''),
  straat: vrijeTekst(KORT_MAX_LENGTH),
  postcode: z.string().trim().toUpperCase().refine((v) => v === '' || POSTCODE.test(v), { error: 'errors.contact.postcode.invalid' }).default(''),
  woonplaats: vrijeTekst(60),
  /** The kern (village or wijk) the inwoner lives in, from the gemeente's list. */
  kern: vrijeTekst(60),
  voorkeur: keuze(CONTACT_VOORKEUREN),
  /**
   * The inwoner asked for a confirmation by e-mail (reference and date only, never the content).
   * Added within schema version 1 as an optional field: absent means no.
   */
  bevestigingPerEmail: z.boolean().optional(),
}).superRefine((c, ctx) => {
  const post = c.straat !== '' && c.postcode !== '' && c.woonplaats !== '';
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
  /** The gemeente may contact the inwoner about this melding. */
  contact: z.literal(true, { error: 'errors.toestemming.contact.required' }),
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

/** A sent melding, as stored for the gemeente and published at /schema/melding.json. */
export const MeldingSchema = MeldingInhoudSchema.extend({
  schemaVersion: z.literal(MELDING_SCHEMA_VERSION),
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

/** Contact, with the kern checked against the gemeente's list ("anders" when it is not on it). */
export function contactSchemaFor(kernen: readonly string[]) {
  return ContactSchema.refine((c) => c.kern === '' || c.kern === KERN_ANDERS || kernen.includes(c.kern), {
    error: 'errors.contact.kern.unknown', path: ['kern'],
  });
}
/** The kern value for "ergens anders". */
export const KERN_ANDERS = 'anders';
