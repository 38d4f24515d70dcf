import type { Migration } from '../storage/migrations';

/**
 * "Later verder": resume codes, the throttle on guessing them, short-lived access after sending, and the persoonlijk
 * plan. A code is stored only as keyed hashes (see hash.ts); a plan's text is AES-256-GCM ciphertext.
 *
 * Triggers tie a code to the draft it opens, whatever path changes the draft: when the draft row is deleted
 * ("Wis mijn gegevens", expiry, any later wipe), its codes go with it; when the draft moves to another browser, its
 * codes follow; when the draft is sent, its open codes are bound to the melding. Deleting a melding's content
 * (retention, beheerder) deletes its plan and codes.
 */
export const VERDER_MIGRATIONS: readonly Migration[] = [
  {
    name: 'verder-001-codes-plannen',
    sql: `CREATE TABLE verder_codes (
       lookup TEXT PRIMARY KEY,
       salt TEXT NOT NULL,
       check_hash TEXT NOT NULL,
       session_key TEXT NOT NULL,
       referentie TEXT,
       created_at TEXT NOT NULL,
       expires_at TEXT NOT NULL
     );
     CREATE INDEX verder_codes_session ON verder_codes (session_key);
     CREATE INDEX verder_codes_referentie ON verder_codes (referentie);
     CREATE TABLE verder_pogingen (
       key TEXT NOT NULL,
       at TEXT NOT NULL
     );
     CREATE INDEX verder_pogingen_key ON verder_pogingen (key, at);
     CREATE TABLE verder_toegang (
       token_hash TEXT PRIMARY KEY,
       code_lookup TEXT NOT NULL REFERENCES verder_codes (lookup) ON DELETE CASCADE,
       expires_at TEXT NOT NULL
     );
     CREATE TABLE verder_plannen (
       id INTEGER PRIMARY KEY AUTOINCREMENT,
       referentie TEXT NOT NULL,
       at TEXT NOT NULL,
       data TEXT NOT NULL
     );
     CREATE INDEX verder_plannen_referentie ON verder_plannen (referentie);
     CREATE TRIGGER verder_draft_deleted AFTER DELETE ON drafts
       BEGIN DELETE FROM verder_codes WHERE session_key = OLD.session_key; END;
     CREATE TRIGGER verder_draft_moved AFTER UPDATE OF session_key ON drafts WHEN NEW.session_key IS NOT OLD.session_key
       BEGIN UPDATE verder_codes SET session_key = NEW.session_key WHERE session_key = OLD.session_key; END;
     CREATE TRIGGER verder_draft_sent AFTER UPDATE OF sent_referentie ON drafts
       WHEN NEW.sent_referentie IS NOT NULL AND NEW.sent_referentie IS NOT OLD.sent_referentie
       BEGIN UPDATE verder_codes SET referentie = NEW.sent_referentie WHERE session_key = NEW.session_key AND referentie IS NULL; END;
     CREATE TRIGGER verder_melding_deleted AFTER DELETE ON meldingen
       BEGIN
         DELETE FROM verder_plannen WHERE referentie = OLD.referentie;
         DELETE FROM verder_codes WHERE referentie = OLD.referentie;
       END;`,
  },
];
