import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { AuditEntrySchema, type AuditAction, type AuditEntry, type AuditFilter } from '@/domain/loket/audit';

/** Rows per page of the audit log. */
export const AUDIT_PAGE_SIZE = 50;

/** The append-only audit log (the database refuses UPDATE and DELETE, see migrations.ts). */
export function auditStore(db: DatabaseSync) {
  return {
    write(entry: { actor: string; action: AuditAction; referentie?: string | undefined; subject?: string | undefined }, now: Date): void {
      db.prepare('INSERT INTO loket_audit (at, actor, action, referentie, subject) VALUES (?, ?, ?, ?, ?)')
        .run(now.toISOString(), entry.actor, entry.action, entry.referentie ?? null, entry.subject ?? null);
    },
    /** Newest first, filtered, one page. */
    list(filter: AuditFilter): { entries: AuditEntry[]; total: number } {
      const where: string[] = [];
      const params: string[] = [];
      if (filter.actie) { where.push('action = ?'); params.push(filter.actie); }
      if (filter.wie) { where.push('(actor = ? OR subject = ?)'); params.push(filter.wie.toLowerCase(), filter.wie.toLowerCase()); }
      if (filter.referentie) { where.push('referentie = ?'); params.push(filter.referentie); }
      if (filter.van) { where.push('at >= ?'); params.push(filter.van.toISOString()); }
      if (filter.totVoor) { where.push('at < ?'); params.push(filter.totVoor.toISOString()); }
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = z.object({ n: z.number() }).parse(db.prepare(`SELECT COUNT(*) AS n FROM loket_audit ${clause}`).get(...params)).n;
      const rows = db.prepare(`SELECT * FROM loket_audit ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`)
        .all(...params, AUDIT_PAGE_SIZE, (filter.pagina - 1) * AUDIT_PAGE_SIZE);
      return { entries: rows.map((r) => AuditEntrySchema.parse(r)), total };
    },
  };
}
export type AuditStore = ReturnType<typeof auditStore>;
