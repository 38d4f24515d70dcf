import { z } from 'zod';

/** What the audit log records. Never content: only who, what, when and which melding or account. */
export const AUDIT_ACTIONS = [
  'inloggen', 'inloggen-mislukt', 'account-geblokkeerd', 'uitloggen', 'overal-uitloggen',
  'wachtwoord-gewijzigd', 'totp-ingesteld', 'account-aangemaakt', 'account-ontgrendeld', 'account-uitgeschakeld',
  'melding-bekeken', 'melding-geexporteerd', 'melding-geprint', 'status-gewijzigd', 'melding-toegewezen',
  'gesprek-gepland', 'notitie-toegevoegd', 'uitkomst-vastgelegd', 'melding-verwijderd', 'auditlog-bekeken',
  'totp-gewist', 'account-ingeschakeld',
  // Later verder: the inwoner added a persoonlijk plan (actor "inwoner"); a medewerker saw one.
  'plan-toegevoegd', 'plan-bekeken',
  'klopt-niet-bekeken', 'klopt-niet-afgehandeld',
  // A medewerker opened a beheer page without the role for it: a mistake, or someone trying.
  'geen-toegang',
  // One line per run of the retention terms (actor "bewaartermijn"), with what each deleted: "concepten 3, meldingen 1, …".
  'bewaartermijn-uitgevoerd',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/** One line of the audit log as stored. `actor` is the account's e-mail address (or "cli"); `subject` an account's e-mail. */
export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: AuditActionSchema,
  referentie: z.string().nullable(),
  subject: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

const empty = (v: unknown) => (v === '' ? undefined : v);

/** The filters on the audit log page (query string). Unknown values are ignored rather than refused. */
export const AuditFilterSchema = z.object({
  actie: z.preprocess(empty, AuditActionSchema.optional().catch(undefined)),
  wie: z.preprocess(empty, z.string().trim().max(254).optional().catch(undefined)),
  referentie: z.preprocess(empty, z.string().trim().toUpperCase().max(20).optional().catch(undefined)),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema> & {
  /** From this instant on (inclusive). */
  van?: Date | undefined;
  /** Before this instant (exclusive). */
  totVoor?: Date | undefined;
};

const DAY = 24 * 60 * 60 * 1000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The start of a calendar day in the Netherlands (Europe/Amsterdam, summer time included), or undefined when it is no date. */
export function dayStartInNetherlands(value: string): Date | undefined {
  const m = DATE.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || y < 2000 || y > 2200) return undefined;
  // The offset of Amsterdam at that moment, e.g. "GMT+01:00"; midnight there is that much earlier in UTC.
  const offsetAt = (instant: number) => {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
      .formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const o = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return o ? (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3])) * 60_000 : 0;
  };
  return new Date(utc - offsetAt(utc - offsetAt(utc)));
}

/**
 * The audit log's date range (from / up to and including, as typed in the filter form). A date that is not a date,
 * or a range that ends before it starts, is an error the page shows; it is never silently ignored.
 */
export function parseAuditDates(van: string, tot: string):
  { ok: true; van?: Date; totVoor?: Date } | { ok: false; errors: { field: 'van' | 'tot'; key: string }[] } {
  const errors: { field: 'van' | 'tot'; key: string }[] = [];
  const start = van.trim() === '' ? undefined : dayStartInNetherlands(van.trim());
  const end = tot.trim() === '' ? undefined : dayStartInNetherlands(tot.trim());
  if (van.trim() !== '' && !start) errors.push({ field: 'van', key: 'errors.loket.auditDatum.invalid' });
  if (tot.trim() !== '' && !end) errors.push({ field: 'tot', key: 'errors.loket.auditDatum.invalid' });
  if (start && end && end < start) errors.push({ field: 'tot', key: 'errors.loket.auditDatum.volgorde' });
  if (errors.length > 0) return { ok: false, errors };
  // "Tot en met" a day: everything before the start of the next day there (a day may have 23 or 25 hours).
  const totVoor = end ? dayStartInNetherlands(new Date(end.getTime() + 1.5 * DAY).toISOString().slice(0, 10)) : undefined;
  return { ok: true, ...(start ? { van: start } : {}), ...(totVoor ? { totVoor } : {}) };
}
