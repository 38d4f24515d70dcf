import { z } from 'zod';
import { AuditEntrySchema, type AuditAction, type AuditEntry, type AuditFilter } from '@/domain/loket/audit';
import type { Engine } from '../db';

/** Rows per page of the audit log. */
export const AUDIT_PAGE_SIZE = 50;

const CountSchema = z.object({ n: z.number().int() });

/** One line to write: who, what, and which melding or account; never content. */
export interface AuditWrite { actor: string; action: AuditAction; referentie?: string | undefined; subject?: string | undefined }

/** The append-only audit log (both engines refuse UPDATE and DELETE on it, see migrations.ts). */
export interface AuditStore {
  write(entry: AuditWrite, now: Date): Promise<void>;
  /** Newest first, filtered, one page. */
  list(filter: AuditFilter): Promise<{ entries: AuditEntry[]; total: number }>;
}

export function auditStore(engine: Engine): AuditStore {
  const { db } = engine;
  return {
    async write(entry, now) {
      await db.insertInto('loket_audit')
        .values({ at: now.toISOString(), actor: entry.actor, action: entry.action, referentie: entry.referentie ?? null, subject: entry.subject ?? null })
        .execute();
    },
    async list(filter) {
      let query = db.selectFrom('loket_audit');
      if (filter.actie) query = query.where('action', '=', filter.actie);
      if (filter.wie) {
        const wie = filter.wie.toLowerCase();
        query = query.where((eb) => eb.or([eb('actor', '=', wie), eb('subject', '=', wie)]));
      }
      if (filter.referentie) query = query.where('referentie', '=', filter.referentie);
      if (filter.van) query = query.where('at', '>=', filter.van.toISOString());
      if (filter.totVoor) query = query.where('at', '<', filter.totVoor.toISOString());
      const total = CountSchema.parse(await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n;
      const rows = await query.selectAll().orderBy('id', 'desc').limit(AUDIT_PAGE_SIZE).offset((filter.pagina - 1) * AUDIT_PAGE_SIZE).execute();
      return { entries: z.array(AuditEntrySchema).parse(rows), total };
    },
  };
}
