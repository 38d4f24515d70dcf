import { z } from 'zod';
import { StoredMeldingSchema, type StoredMelding } from '../melding/schema';
import type { PlanAanvulling } from '../verder/plan';
import { GesprekPlanSchema, StatusSchema, UitkomstSchema, type GesprekPlan, type Status, type Uitkomst } from './behandeling';
import type { HistorieItem } from './historie';

/**
 * Version of the werkplek's export (/schema/melding-export.json). Raise it when a field changes meaning or goes away;
 * a new optional field keeps the version. The melding inside keeps its own schemaVersion (/schema/melding.json).
 */
export const MELDING_EXPORT_SCHEMA_VERSION = 1;

const moment = z.iso.datetime({ offset: true });
/** The medewerker's e-mail address; absent for steps from before the history was kept. */
const door = z.string().optional();

/** One step of the handling. */
export const HistorieExportSchema = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('status'), at: moment, door, status: StatusSchema }),
  z.object({ soort: z.literal('toegewezen'), at: moment, door, /** E-mail address; absent when unassigned. */ aan: z.string().optional() }),
  z.object({ soort: z.literal('gesprek'), at: moment, door, plan: GesprekPlanSchema }),
]);

/** The handling at the loket: where the melding stands, who has it, het gesprek, its outcome and how it got there. */
export const BehandelingExportSchema = z.object({
  status: StatusSchema,
  /** E-mail address of the medewerker it is assigned to. */
  toegewezenAan: z.string().optional(),
  /** The gesprek as last planned. */
  gesprek: GesprekPlanSchema.optional(),
  /** What was agreed, once afgerond. */
  uitkomst: UitkomstSchema.optional(),
  /** Every step, oldest first. */
  historie: z.array(HistorieExportSchema),
  /** Internal notes: only when a beheerder chose to include them. */
  notities: z.array(z.object({ at: moment, door, tekst: z.string() })).optional(),
});
export type BehandelingExport = z.infer<typeof BehandelingExportSchema>;

/** A melding with its handling, as the werkplek exports it. */
export const MeldingExportSchema = z.object({
  schemaVersion: z.literal(MELDING_EXPORT_SCHEMA_VERSION),
  /** The melding in the schema of the version it was sent in. */
  melding: StoredMeldingSchema,
  behandeling: BehandelingExportSchema,
});
export type MeldingExport = z.infer<typeof MeldingExportSchema>;

/** Everything the werkplek holds about one melding, as read from its stores. */
export interface BehandelingBron {
  status: Status;
  toegewezenAan: string | undefined;
  gesprek: GesprekPlan | undefined;
  uitkomst: Uitkomst | undefined;
  historie: readonly HistorieItem[];
  notities: readonly { accountId: string; at: string; tekst: string }[];
}

/** The handling for print and export, with account ids as e-mail addresses. Notes stay out unless `metNotities`. */
export function behandelingExport(bron: BehandelingBron, emailOf: (id: string) => string | undefined, metNotities: boolean): BehandelingExport {
  const wie = (id: string | undefined) => (id ? emailOf(id) : undefined);
  const opt = <K extends string>(key: K, value: unknown) => (value === undefined ? {} : { [key]: value });
  return BehandelingExportSchema.parse({
    status: bron.status,
    ...opt('toegewezenAan', wie(bron.toegewezenAan)),
    ...opt('gesprek', bron.gesprek),
    ...opt('uitkomst', bron.uitkomst),
    historie: bron.historie.map((h) => ({
      ...h, ...(h.door ? { door: wie(h.door) } : {}), ...(h.soort === 'toegewezen' && h.aan ? { aan: wie(h.aan) } : {}),
    })),
    ...(metNotities ? { notities: bron.notities.map((n) => ({ at: n.at, ...opt('door', wie(n.accountId)), tekst: n.tekst })) } : {}),
  });
}

/** The export document: the melding (with its persoonlijk plan) and its handling. */
export function meldingExport(melding: StoredMelding, plannen: readonly PlanAanvulling[], behandeling: BehandelingExport): MeldingExport {
  return MeldingExportSchema.parse({
    schemaVersion: MELDING_EXPORT_SCHEMA_VERSION,
    melding: plannen.length > 0 ? { ...melding, persoonlijkPlan: plannen } : melding,
    behandeling,
  });
}

/** JSON Schema (draft 2020-12) of the export, published at /schema/melding-export.json. */
export function meldingExportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(MeldingExportSchema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }),
    $id: '/schema/melding-export.json',
    title: 'Krachtwijzer melding with its handling at the loket',
    description: `Export from the werkplek (schemaVersion ${MELDING_EXPORT_SCHEMA_VERSION}): the melding as in /schema/melding.json (or /schema/melding-v1.json for one sent as version 1), and its handling.`,
  };
}
