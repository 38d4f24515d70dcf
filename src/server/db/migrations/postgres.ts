import type { Migration } from '../migration';
import { LOKET_POSTGRES_MIGRATIONS } from './loket-postgres';

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
  {
    // The mail outbox (see server/mail/migrations.ts for what each column holds), then the claim of a worker.
    name: 'mail-001-outbox',
    sql: `CREATE TABLE mail_outbox (
       id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       kind TEXT NOT NULL CHECK (kind IN ('loket-nieuwe-melding', 'inwoner-bevestiging')),
       referentie TEXT NOT NULL,
       recipient TEXT,
       payload TEXT NOT NULL,
       status TEXT NOT NULL CHECK (status IN ('wachtend', 'verstuurd', 'mislukt')),
       attempts INTEGER NOT NULL DEFAULT 0,
       next_attempt_at TIMESTAMPTZ NOT NULL,
       last_error TEXT,
       created_at TIMESTAMPTZ NOT NULL,
       done_at TIMESTAMPTZ
     );
     CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);`,
  },
  {
    name: 'mail-002-claim',
    sql: 'ALTER TABLE mail_outbox ADD COLUMN claimed_until TIMESTAMPTZ;',
  },
  {
    // "Later verder" (see server/verder/migrations.ts), with the same rules as trigger functions: a code dies with its
    // draft, follows it to another browser, is bound to the melding the draft became, and dies with that melding.
    name: 'verder-001-codes-plannen',
    sql: `CREATE TABLE verder_codes (
       lookup TEXT PRIMARY KEY,
       salt TEXT NOT NULL,
       check_hash TEXT NOT NULL,
       session_key TEXT NOT NULL,
       referentie TEXT,
       created_at TIMESTAMPTZ NOT NULL,
       expires_at TIMESTAMPTZ NOT NULL
     );
     CREATE INDEX verder_codes_session ON verder_codes (session_key);
     CREATE INDEX verder_codes_referentie ON verder_codes (referentie);
     CREATE TABLE verder_pogingen (
       key TEXT NOT NULL,
       at TIMESTAMPTZ NOT NULL
     );
     CREATE INDEX verder_pogingen_key ON verder_pogingen (key, at);
     CREATE TABLE verder_toegang (
       token_hash TEXT PRIMARY KEY,
       code_lookup TEXT NOT NULL REFERENCES verder_codes (lookup) ON DELETE CASCADE,
       expires_at TIMESTAMPTZ NOT NULL
     );
     CREATE TABLE verder_plannen (
       id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       referentie TEXT NOT NULL,
       at TIMESTAMPTZ NOT NULL,
       data TEXT NOT NULL
     );
     CREATE INDEX verder_plannen_referentie ON verder_plannen (referentie);
     CREATE FUNCTION verder_draft_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN DELETE FROM verder_codes WHERE session_key = OLD.session_key; RETURN NULL; END; $$;
     CREATE TRIGGER verder_draft_deleted AFTER DELETE ON drafts FOR EACH ROW EXECUTE FUNCTION verder_draft_deleted();
     CREATE FUNCTION verder_draft_moved() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN UPDATE verder_codes SET session_key = NEW.session_key WHERE session_key = OLD.session_key; RETURN NULL; END; $$;
     CREATE TRIGGER verder_draft_moved AFTER UPDATE OF session_key ON drafts FOR EACH ROW
       WHEN (NEW.session_key IS DISTINCT FROM OLD.session_key) EXECUTE FUNCTION verder_draft_moved();
     CREATE FUNCTION verder_draft_sent() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE verder_codes SET referentie = NEW.sent_referentie WHERE session_key = NEW.session_key AND referentie IS NULL;
         RETURN NULL;
       END; $$;
     CREATE TRIGGER verder_draft_sent AFTER UPDATE OF sent_referentie ON drafts FOR EACH ROW
       WHEN (NEW.sent_referentie IS NOT NULL AND NEW.sent_referentie IS DISTINCT FROM OLD.sent_referentie)
       EXECUTE FUNCTION verder_draft_sent();
     CREATE FUNCTION verder_melding_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         DELETE FROM verder_plannen WHERE referentie = OLD.referentie;
         DELETE FROM verder_codes WHERE referentie = OLD.referentie;
         RETURN NULL;
       END; $$;
     CREATE TRIGGER verder_melding_deleted AFTER DELETE ON meldingen FOR EACH ROW EXECUTE FUNCTION verder_melding_deleted();`,
  },
  {
    name: 'jobs-001-runs',
    sql: `CREATE TABLE job_runs (
       name TEXT COLLATE "C" NOT NULL,
       period TEXT COLLATE "C" NOT NULL,
       started_at TIMESTAMPTZ NOT NULL,
       PRIMARY KEY (name, period)
     );`,
  },
  // The werkplek: after core-001, whose meldingen table its history trigger watches.
  ...LOKET_POSTGRES_MIGRATIONS,
];
