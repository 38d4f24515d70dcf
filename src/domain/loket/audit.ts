import { z } from 'zod';

/** What the audit log records. Never content: only who, what, when and which melding or account. */
export const AUDIT_ACTIONS = [
  'inloggen', 'inloggen-mislukt', 'account-geblokkeerd', 'uitloggen', 'overal-uitloggen',
  'wachtwoord-gewijzigd', 'totp-ingesteld', 'account-aangemaakt', 'account-ontgrendeld', 'account-uitgeschakeld',
  'melding-bekeken', 'melding-geexporteerd', 'melding-geprint', 'status-gewijzigd', 'melding-toegewezen',
  'gesprek-gepland', 'notitie-toegevoegd', 'uitkomst-vastgelegd', 'melding-verwijderd', 'auditlog-bekeken',
  'klopt-niet-bekeken', 'klopt-niet-afgehandeld',
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
export type AuditFilter = z.infer<typeof AuditFilterSchema>;
