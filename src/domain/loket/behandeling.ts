import { z } from 'zod';
import { LevensgebiedIdSchema } from '../levensgebied/levensgebieden';
import { termijnen } from '../melding/versturen';

/** Where a melding stands at the loket. "ingetrokken": the inwoner withdrew it. */
export const STATUSES = ['nieuw', 'in-behandeling', 'gesprek-gepland', 'afgerond', 'ingetrokken'] as const;
export const StatusSchema = z.enum(STATUSES, { error: 'errors.loket.status.required' });
export type Status = z.infer<typeof StatusSchema>;

/** Allowed next statuses. Afgerond and ingetrokken are final: a new question is a new melding. */
export const TRANSITIONS: Record<Status, readonly Status[]> = {
  nieuw: ['in-behandeling', 'ingetrokken'],
  'in-behandeling': ['gesprek-gepland', 'afgerond', 'ingetrokken'],
  'gesprek-gepland': ['in-behandeling', 'afgerond', 'ingetrokken'],
  afgerond: [],
  ingetrokken: [],
};

export function canTransition(from: Status, to: Status): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Under this many days left, the deadline is highlighted. */
export const URGENT_DAGEN = 7;
const DAY = 24 * 60 * 60 * 1000;

/** The 6-week deadline for het gesprek (Wmo 2015 art. 2.3.2) and how many whole days are left (negative when past). */
export function deadline(verstuurdOp: string, now: Date): { uiterlijk: Date; dagenOver: number; urgent: boolean; verlopen: boolean } {
  const uiterlijk = termijnen(verstuurdOp).gesprekUiterlijk;
  const dagenOver = Math.ceil((uiterlijk.getTime() - now.getTime()) / DAY);
  return { uiterlijk, dagenOver, urgent: dagenOver < URGENT_DAGEN, verlopen: dagenOver < 0 };
}

const empty = (v: unknown) => (v === '' ? undefined : v);

/** The inbox filters (query string). An unknown value is ignored, never an error page. */
export const InboxFilterSchema = z.object({
  status: z.preprocess(empty, StatusSchema.optional().catch(undefined)),
  kern: z.preprocess(empty, z.string().trim().max(60).optional().catch(undefined)),
  levensgebied: z.preprocess(empty, LevensgebiedIdSchema.optional().catch(undefined)),
  mij: z.preprocess(empty, z.literal('ja').optional().catch(undefined)),
  termijn: z.preprocess(empty, z.enum(['urgent', 'verlopen']).optional().catch(undefined)),
  zoek: z.preprocess(empty, z.string().trim().max(100).optional().catch(undefined)),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type InboxFilter = z.infer<typeof InboxFilterSchema>;

/** Rows per inbox page. */
export const INBOX_PAGE_SIZE = 20;

/** One inbox row: no content beyond what the columns show. */
export interface InboxRow {
  referentie: string;
  verstuurdOp: string;
  kern: string;
  levensgebieden: readonly z.infer<typeof LevensgebiedIdSchema>[];
  invuller: 'zelf' | 'samen' | 'namens';
  /** Filled in on the person's behalf without their knowing or consent: the loket contacts the person first. */
  eerstPersoonVragen?: boolean;
  naam: string;
  status: Status;
  toegewezenAan?: { id: string; email: string } | undefined;
}

/** Filters and sorts (deadline first, then oldest) the inbox. Pure, so it is tested without a database. */
export function filterInbox(rows: readonly InboxRow[], filter: InboxFilter, me: string, now: Date): InboxRow[] {
  const zoek = filter.zoek?.toLowerCase();
  return rows.filter((r) => {
    if (filter.status && r.status !== filter.status) return false;
    if (!filter.status && (r.status === 'afgerond' || r.status === 'ingetrokken') && !zoek) return false;
    if (filter.kern && r.kern !== filter.kern) return false;
    if (filter.levensgebied && !r.levensgebieden.includes(filter.levensgebied)) return false;
    if (filter.mij && r.toegewezenAan?.id !== me) return false;
    if (zoek && !r.referentie.toLowerCase().includes(zoek) && !r.naam.toLowerCase().includes(zoek)) return false;
    return true;
  }).filter((r) => {
    if (!filter.termijn) return true;
    const d = deadline(r.verstuurdOp, now);
    return filter.termijn === 'verlopen' ? d.verlopen : d.urgent;
  }).sort((a, b) => a.verstuurdOp.localeCompare(b.verstuurdOp));
}

/** Kinds of help agreed in het gesprek, in the order of domain.md section 2 (eigen kracht first). */
export const UITKOMSTEN = ['eigen-kracht', 'netwerk', 'vrijwilligers', 'algemene-voorziening', 'maatwerkvoorziening', 'andere-wet', 'geen'] as const;

/** Recording the outcome when afgerond. */
export const UitkomstSchema = z.object({
  soorten: z.array(z.enum(UITKOMSTEN, { error: 'errors.loket.uitkomst.soort' }))
    .min(1, { error: 'errors.loket.uitkomst.soort' }),
  toelichting: z.string().trim().max(2000, { error: 'errors.loket.uitkomst.tooLong' }).default(''),
});
export type Uitkomst = z.infer<typeof UitkomstSchema>;

/** An internal note on a melding. */
export const NotitieSchema = z.object({
  tekst: z.string().trim().min(1, { error: 'errors.loket.notitie.required' }).max(2000, { error: 'errors.loket.notitie.tooLong' }),
});

/** Planning het gesprek. */
export const GesprekPlanSchema = z.object({
  datum: z.iso.date({ error: 'errors.loket.gesprek.datum' }),
  tijd: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'errors.loket.gesprek.tijd' }),
  plek: z.string().trim().min(1, { error: 'errors.loket.gesprek.plek' }).max(200, { error: 'errors.loket.gesprek.plek' }),
  gespreksvoerder: z.string().trim().min(1, { error: 'errors.loket.gesprek.gespreksvoerder' }).max(100, { error: 'errors.loket.gesprek.gespreksvoerder' }),
});
export type GesprekPlan = z.infer<typeof GesprekPlanSchema>;

/** Why a beheerder deletes a melding before its retention ends; recorded in the audit log (a code, never free text). */
export const VERWIJDER_REDENEN = ['verzoek-inwoner', 'dubbele-melding', 'onterecht-verstuurd'] as const;
export const VerwijderSchema = z.object({
  reden: z.enum(VERWIJDER_REDENEN, { error: 'errors.loket.verwijder.reden' }),
});
