import { MIGRATIONS as SYNCHRONOUS_STORE_MIGRATIONS } from '../../storage/migrations';
import type { Migration } from '../migration';

/**
 * The embedded engine's migrations for the tables behind the storage layer. Names and statements are exactly those
 * the earlier storage code shipped, recorded in the same `migrations` table, so a database created before the
 * layer existed is recognised as up to date and keeps its rows.
 */
const STORAGE_LAYER_MIGRATIONS: readonly Migration[] = [
  {
    name: 'sociale-kaart-001-lacunes',
    sql: `CREATE TABLE zoek_lacunes (
       term TEXT NOT NULL,
       dag TEXT NOT NULL,
       aantal INTEGER NOT NULL,
       PRIMARY KEY (term, dag)
     );`,
  },
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
  {
    name: 'samen-001-tellingen',
    sql: `CREATE TABLE samen_tellingen (
       maand TEXT NOT NULL,
       invuller TEXT NOT NULL,
       dorpssteunpunt TEXT NOT NULL,
       aantal INTEGER NOT NULL,
       PRIMARY KEY (maand, invuller, dorpssteunpunt)
     );`,
  },
  {
    name: 'sociale-kaart-004-klopt-niet-limiet',
    sql: `CREATE TABLE klopt_niet_limiet (
       sleutel TEXT NOT NULL,
       at INTEGER NOT NULL
     );
     CREATE INDEX klopt_niet_limiet_sleutel ON klopt_niet_limiet (sleutel, at);`,
  },
  {
    // One row per job and period: the instance that inserts it runs the job (see server/jobs.ts).
    name: 'jobs-001-runs',
    sql: `CREATE TABLE job_runs (
       name TEXT NOT NULL,
       period TEXT NOT NULL,
       started_at TEXT NOT NULL,
       PRIMARY KEY (name, period)
     );`,
  },
];

/**
 * Every table of the embedded database, in the order a fresh file gets them: first those that shipped on the
 * synchronous handle (drafts and meldingen, the werkplek, the mail outbox, "Later verder"), then the layer's own.
 * Both the synchronous handle (still used by the werkplek's stores) and the engine apply this one list, so whichever
 * opens the file first creates every table, and a store that moved onto the engine finds its tables under the names
 * they always had.
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = [...SYNCHRONOUS_STORE_MIGRATIONS, ...STORAGE_LAYER_MIGRATIONS];
