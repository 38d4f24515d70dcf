import type { Migration } from '../migration';

/**
 * The werkplek's tables (src/server/loket/migrations.ts has them for the embedded engine) on PostgreSQL, under the
 * same names and in the same steps. Times are timestamptz, flags boolean (the stores read both engines' flags
 * through one schema), ids identity columns, and text that is sorted on COLLATE "C". The audit log refuses UPDATE, DELETE and TRUNCATE through a statement trigger; a deleted melding
 * takes its planned gesprekken out of the history as on SQLite. Runs after `core-001-drafts-meldingen`.
 */
export const LOKET_POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    name: 'loket-001-accounts',
    sql: `CREATE TABLE loket_accounts (
       id TEXT PRIMARY KEY,
       email TEXT COLLATE "C" NOT NULL UNIQUE,
       role TEXT NOT NULL CHECK (role IN ('loketmedewerker', 'beheerder')),
       password_hash TEXT NOT NULL,
       must_change_password BOOLEAN NOT NULL DEFAULT TRUE,
       totp_secret TEXT,
       totp_enabled BOOLEAN NOT NULL DEFAULT FALSE,
       totp_last_step BIGINT NOT NULL DEFAULT -1,
       disabled BOOLEAN NOT NULL DEFAULT FALSE,
       created_at TIMESTAMPTZ NOT NULL
     );
     CREATE TABLE loket_sessions (
       id_hash TEXT PRIMARY KEY,
       account_id TEXT NOT NULL REFERENCES loket_accounts (id) ON DELETE CASCADE,
       stage TEXT NOT NULL,
       created_at TIMESTAMPTZ NOT NULL,
       last_seen_at TIMESTAMPTZ NOT NULL
     );
     CREATE INDEX loket_sessions_account ON loket_sessions (account_id);
     CREATE TABLE loket_login_failures (
       key TEXT NOT NULL,
       at TIMESTAMPTZ NOT NULL
     );
     CREATE INDEX loket_login_failures_key ON loket_login_failures (key, at);`,
  },
  {
    name: 'loket-002-audit',
    sql: `CREATE TABLE loket_audit (
       id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       at TIMESTAMPTZ NOT NULL,
       actor TEXT NOT NULL,
       action TEXT NOT NULL,
       referentie TEXT,
       subject TEXT
     );
     CREATE INDEX loket_audit_at ON loket_audit (at);
     CREATE FUNCTION loket_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'loket_audit is append-only'; END $$;
     CREATE TRIGGER loket_audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON loket_audit
       FOR EACH STATEMENT EXECUTE FUNCTION loket_audit_append_only();`,
  },
  {
    name: 'loket-003-behandeling',
    sql: `CREATE TABLE loket_behandeling (
       referentie TEXT PRIMARY KEY,
       status TEXT NOT NULL,
       toegewezen_aan TEXT REFERENCES loket_accounts (id) ON DELETE SET NULL,
       updated_at TIMESTAMPTZ NOT NULL
     );
     CREATE TABLE loket_notities (
       id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       referentie TEXT NOT NULL,
       account_id TEXT NOT NULL,
       at TIMESTAMPTZ NOT NULL,
       data TEXT NOT NULL
     );
     CREATE INDEX loket_notities_referentie ON loket_notities (referentie);`,
  },
  {
    name: 'loket-004-gesprek-uitkomst',
    sql: `ALTER TABLE loket_behandeling ADD COLUMN gesprek TEXT;
     ALTER TABLE loket_behandeling ADD COLUMN uitkomst TEXT;
     ALTER TABLE loket_behandeling ADD COLUMN afgerond_op TIMESTAMPTZ;`,
  },
  {
    name: 'loket-beheer-001-totp-opnieuw',
    sql: 'ALTER TABLE loket_accounts ADD COLUMN must_setup_totp BOOLEAN NOT NULL DEFAULT FALSE;',
  },
  {
    name: 'loket-005-historie',
    sql: `CREATE TABLE loket_historie (
       id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       referentie TEXT NOT NULL,
       at TIMESTAMPTZ NOT NULL,
       account_id TEXT,
       soort TEXT NOT NULL CHECK (soort IN ('status', 'toegewezen', 'gesprek')),
       waarde TEXT,
       data TEXT
     );
     CREATE INDEX loket_historie_referentie ON loket_historie (referentie, id);
     INSERT INTO loket_historie (referentie, at, soort, waarde)
       SELECT referentie, COALESCE(afgerond_op, updated_at), 'status', status FROM loket_behandeling WHERE status <> 'nieuw';
     CREATE FUNCTION loket_historie_melding_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN DELETE FROM loket_historie WHERE referentie = OLD.referentie AND data IS NOT NULL; RETURN OLD; END $$;
     CREATE TRIGGER loket_historie_melding_deleted AFTER DELETE ON meldingen
       FOR EACH ROW EXECUTE FUNCTION loket_historie_melding_deleted();`,
  },
];
