import type { DatabaseSync } from 'node:sqlite';
import type { KloptNiet } from '@/domain/sociale-kaart/klopt-niet';
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
];

export interface KloptNietRepository {
  /** Stores one report about a service. */
  add(serviceId: string, report: KloptNiet, now: Date): void;
  /** The reports about a service, oldest first (for the beheerder). */
  list(serviceId: string): { report: KloptNiet; createdAt: string }[];
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
  };
}
