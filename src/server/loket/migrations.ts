import type { Migration } from '../db/migration';

/**
 * The werkplek's tables. `totp_secret` holds AES-256-GCM ciphertext; sessions are stored as the SHA-256 of the
 * cookie value; the audit log holds ids and actions, never content, and refuses UPDATE and DELETE itself.
 */
export const LOKET_MIGRATIONS: readonly Migration[] = [
  {
    name: 'loket-001-accounts',
    sql: `CREATE TABLE loket_accounts (
       id TEXT PRIMARY KEY,
       email TEXT NOT NULL UNIQUE,
       role TEXT NOT NULL CHECK (role IN ('loketmedewerker', 'beheerder')),
       password_hash TEXT NOT NULL,
       must_change_password INTEGER NOT NULL DEFAULT 1,
       totp_secret TEXT,
       totp_enabled INTEGER NOT NULL DEFAULT 0,
       totp_last_step INTEGER NOT NULL DEFAULT -1,
       disabled INTEGER NOT NULL DEFAULT 0,
       created_at TEXT NOT NULL
     );
     CREATE TABLE loket_sessions (
       id_hash TEXT PRIMARY KEY,
       account_id TEXT NOT NULL REFERENCES loket_accounts (id) ON DELETE CASCADE,
       stage TEXT NOT NULL,
       created_at TEXT NOT NULL,
       last_seen_at TEXT NOT NULL
     );
     CREATE INDEX loket_sessions_account ON loket_sessions (account_id);
     CREATE TABLE loket_login_failures (
       key TEXT NOT NULL,
       at TEXT NOT NULL
     );
     CREATE INDEX loket_login_failures_key ON loket_login_failures (key, at);`,
  },
  {
    name: 'loket-002-audit',
    sql: `CREATE TABLE loket_audit (
       id INTEGER PRIMARY KEY AUTOINCREMENT,
       at TEXT NOT NULL,
       actor TEXT NOT NULL,
       action TEXT NOT NULL,
       referentie TEXT,
       subject TEXT
     );
     CREATE INDEX loket_audit_at ON loket_audit (at);
     CREATE TRIGGER loket_audit_no_update BEFORE UPDATE ON loket_audit
       BEGIN SELECT RAISE(ABORT, 'loket_audit is append-only'); END;
     CREATE TRIGGER loket_audit_no_delete BEFORE DELETE ON loket_audit
       BEGIN SELECT RAISE(ABORT, 'loket_audit is append-only'); END;`,
  },

  {
    name: 'loket-003-behandeling',
    sql: `CREATE TABLE loket_behandeling (
       referentie TEXT PRIMARY KEY,
       status TEXT NOT NULL,
       toegewezen_aan TEXT REFERENCES loket_accounts (id) ON DELETE SET NULL,
       updated_at TEXT NOT NULL
     );
     CREATE TABLE loket_notities (
       id INTEGER PRIMARY KEY AUTOINCREMENT,
       referentie TEXT NOT NULL,
       account_id TEXT NOT NULL,
       at TEXT NOT NULL,
       data TEXT NOT NULL
     );
     CREATE INDEX loket_notities_referentie ON loket_notities (referentie);`,
  },
  {
    name: 'loket-004-gesprek-uitkomst',
    sql: `ALTER TABLE loket_behandeling ADD COLUMN gesprek TEXT;
     ALTER TABLE loket_behandeling ADD COLUMN uitkomst TEXT;
     ALTER TABLE loket_behandeling ADD COLUMN afgerond_op TEXT;`,
  },
  {
    name: 'loket-beheer-001-totp-opnieuw',
    sql: 'ALTER TABLE loket_accounts ADD COLUMN must_setup_totp INTEGER NOT NULL DEFAULT 0;',
  },
  {
    // The handling's history: each status, assignment and planned gesprek, so nothing disappears when the next
    // step is taken. `data` holds the encrypted plan (it may name a home address) and goes with the melding's
    // content; the status and assignment rows hold ids only, like loket_behandeling. Meldingen handled before
    // this table existed get their current status, dated as well as the old columns allow.
    name: 'loket-005-historie',
    sql: `CREATE TABLE loket_historie (
       id INTEGER PRIMARY KEY AUTOINCREMENT,
       referentie TEXT NOT NULL,
       at TEXT NOT NULL,
       account_id TEXT,
       soort TEXT NOT NULL CHECK (soort IN ('status', 'toegewezen', 'gesprek')),
       waarde TEXT,
       data TEXT
     );
     CREATE INDEX loket_historie_referentie ON loket_historie (referentie, id);
     INSERT INTO loket_historie (referentie, at, soort, waarde)
       SELECT referentie, COALESCE(afgerond_op, updated_at), 'status', status FROM loket_behandeling WHERE status <> 'nieuw';
     CREATE TRIGGER loket_historie_melding_deleted AFTER DELETE ON meldingen
       BEGIN DELETE FROM loket_historie WHERE referentie = OLD.referentie AND data IS NOT NULL; END;`,
  },
];
