import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { KloptNietSchema, type KloptNiet } from '@/domain/sociale-kaart/klopt-niet';
import type { Cipher } from '../crypto';
import type { Migration } from './migrations';

/** "Klopt dit niet?" reports for the beheerder. What was written (it may hold contact details) is encrypted at rest. */
export const KLOPT_NIET_MIGRATIONS: readonly Migration[] = [
  {
    name: 'sociale-kaart-002-klopt-niet',
    sql: `CREATE TABLE klopt_niet (
       id INTEGER PRIMARY KEY AUTOINCREMENT,
       service_id TEXT NOT NULL,
       data TEXT NOT NULL,
       created_at TEXT NOT NULL
     );
     CREATE INDEX klopt_niet_service ON klopt_niet (service_id);`,
  },
  {
    // The beheerder marks a report as handled; who did it is a werkplek account (its e-mail address), not an inwoner.
    name: 'sociale-kaart-003-klopt-niet-afgehandeld',
    sql: `ALTER TABLE klopt_niet ADD COLUMN afgehandeld_op TEXT;
     ALTER TABLE klopt_niet ADD COLUMN afgehandeld_door TEXT;`,
  },
];

/** Reports per page on the beheer page. */
export const KLOPT_NIET_PAGE_SIZE = 50;

/** One stored report as the beheerder sees it. */
export interface KloptNietMelding {
  id: number;
  serviceId: string;
  report: KloptNiet;
  createdAt: string;
  /** When and by whom (an account's e-mail address) it was marked as handled; null while open. */
  afgehandeldOp: string | null;
  afgehandeldDoor: string | null;
}

const RowSchema = z.object({
  id: z.number().int(), service_id: z.string(), data: z.string(), created_at: z.string(),
  afgehandeld_op: z.string().nullable(), afgehandeld_door: z.string().nullable(),
});

export interface KloptNietRepository {
  /** Stores one report about a service. */
  add(serviceId: string, report: KloptNiet, now: Date): void;
  /** The reports about a service, oldest first (for the beheerder). */
  list(serviceId: string): { report: KloptNiet; createdAt: string }[];
  /** All reports, newest first, one page; `open` leaves out the handled ones. */
  page(options: { open: boolean; page: number }): { items: KloptNietMelding[]; total: number };
  /** Marks a report as handled. False when there is no such open report. */
  markAfgehandeld(id: number, by: string, now: Date): boolean;
}

export function kloptNietRepository(db: DatabaseSync, cipher: Cipher): KloptNietRepository {
  const context = (serviceId: string) => `klopt-niet:${serviceId}`;
  return {
    add(serviceId, report, now) {
      db.prepare('INSERT INTO klopt_niet (service_id, data, created_at) VALUES (?, ?, ?)')
        .run(serviceId, cipher.encrypt(JSON.stringify(report), context(serviceId)), now.toISOString());
    },
    list(serviceId) {
      const rows = db.prepare('SELECT data, created_at FROM klopt_niet WHERE service_id = ? ORDER BY id').all(serviceId) as { data: string; created_at: string }[];
      return rows.map((r) => ({ report: JSON.parse(cipher.decrypt(r.data, context(serviceId))) as KloptNiet, createdAt: r.created_at }));
    },
    page({ open, page }) {
      const where = open ? 'WHERE afgehandeld_op IS NULL' : '';
      const total = z.object({ n: z.number() }).parse(db.prepare(`SELECT COUNT(*) AS n FROM klopt_niet ${where}`).get()).n;
      const rows = z.array(RowSchema).parse(db.prepare(`SELECT * FROM klopt_niet ${where} ORDER BY id DESC LIMIT ? OFFSET ?`)
        .all(KLOPT_NIET_PAGE_SIZE, (page - 1) * KLOPT_NIET_PAGE_SIZE));
      return {
        total,
        items: rows.map((r) => ({
          id: r.id, serviceId: r.service_id, createdAt: r.created_at, afgehandeldOp: r.afgehandeld_op, afgehandeldDoor: r.afgehandeld_door,
          report: KloptNietSchema.parse(JSON.parse(cipher.decrypt(r.data, context(r.service_id)))),
        })),
      };
    },
    markAfgehandeld(id, by, now) {
      return db.prepare('UPDATE klopt_niet SET afgehandeld_op = ?, afgehandeld_door = ? WHERE id = ? AND afgehandeld_op IS NULL')
        .run(now.toISOString(), by, id).changes === 1;
    },
  };
}
