import { MAIL_POSTGRES_MIGRATIONS } from '../../mail/migrations';
import { VERDER_POSTGRES_MIGRATIONS } from '../../verder/migrations';
import type { Migration } from '../migration';

/**
 * PostgreSQL's migrations: the same tables as the embedded engine, in PostgreSQL's types. Text that is sorted on
 * is COLLATE "C", byte order as SQLite sorts, so both engines list in the same order. Times are timestamptz;
 * the engine reads them back as ISO strings.
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    // Drafts per browser session and sent meldingen; `data` is AES-256-GCM ciphertext.
    name: 'core-001-drafts-meldingen',
    sql: `CREATE TABLE drafts (
       session_key TEXT PRIMARY KEY,
       data TEXT NOT NULL,
       sent_referentie TEXT,
       created_at TIMESTAMPTZ NOT NULL,
       updated_at TIMESTAMPTZ NOT NULL,
       expires_at TIMESTAMPTZ NOT NULL
     );
     CREATE INDEX drafts_expires_at ON drafts (expires_at);
     CREATE TABLE meldingen (
       referentie TEXT PRIMARY KEY,
       schema_version INTEGER NOT NULL,
       verstuurd_op TIMESTAMPTZ NOT NULL,
       data TEXT NOT NULL,
       created_at TIMESTAMPTZ NOT NULL
     );`,
  },
  {
    name: 'sociale-kaart-001-lacunes',
    sql: `CREATE TABLE zoek_lacunes (
       term TEXT COLLATE "C" NOT NULL,
       dag TEXT COLLATE "C" NOT NULL,
       aantal INTEGER NOT NULL,
       PRIMARY KEY (term, dag)
     );`,
  },
  {
    name: 'sociale-kaart-002-klopt-niet',
    sql: `CREATE TABLE klopt_niet (
       id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       service_id TEXT NOT NULL,
       data TEXT NOT NULL,
       created_at TIMESTAMPTZ NOT NULL,
       afgehandeld_op TIMESTAMPTZ,
       afgehandeld_door TEXT
     );
     CREATE INDEX klopt_niet_service ON klopt_niet (service_id);
     CREATE INDEX klopt_niet_open ON klopt_niet (id) WHERE afgehandeld_op IS NULL;`,
  },
  {
    name: 'samen-001-tellingen',
    sql: `CREATE TABLE samen_tellingen (
       maand TEXT COLLATE "C" NOT NULL,
       invuller TEXT COLLATE "C" NOT NULL,
       dorpssteunpunt TEXT COLLATE "C" NOT NULL,
       aantal INTEGER NOT NULL,
       PRIMARY KEY (maand, invuller, dorpssteunpunt)
     );`,
  },
  {
    name: 'sociale-kaart-004-klopt-niet-limiet',
    sql: `CREATE TABLE klopt_niet_limiet (
       sleutel TEXT NOT NULL,
       at BIGINT NOT NULL
     );
     CREATE INDEX klopt_niet_limiet_sleutel ON klopt_niet_limiet (sleutel, at);`,
  },
  ...MAIL_POSTGRES_MIGRATIONS,
  ...VERDER_POSTGRES_MIGRATIONS,
  {
    name: 'jobs-001-runs',
    sql: `CREATE TABLE job_runs (
       name TEXT COLLATE "C" NOT NULL,
       period TEXT COLLATE "C" NOT NULL,
       started_at TIMESTAMPTZ NOT NULL,
       PRIMARY KEY (name, period)
     );`,
  },
];
