import type { Migration } from '../storage/migrations';

/**
 * The mail outbox. A row is queued in the same transaction that stores its melding, so a melding never lacks its
 * notification and a notification never exists without its melding. `recipient` is NULL for the loket (its address
 * comes from the configuration when sending) and AES-256-GCM ciphertext for an inwoner; it is set to NULL once the
 * mail is sent or has finally failed. `payload` holds no personal data (kern, date, language); `last_error` holds an
 * error code, never an address or a server's reply text.
 */
export const MAIL_MIGRATIONS: readonly Migration[] = [
  {
    name: 'mail-001-outbox',
    sql: `CREATE TABLE mail_outbox (
       id INTEGER PRIMARY KEY AUTOINCREMENT,
       kind TEXT NOT NULL CHECK (kind IN ('loket-nieuwe-melding', 'inwoner-bevestiging')),
       referentie TEXT NOT NULL,
       recipient TEXT,
       payload TEXT NOT NULL,
       status TEXT NOT NULL CHECK (status IN ('wachtend', 'verstuurd', 'mislukt')),
       attempts INTEGER NOT NULL DEFAULT 0,
       next_attempt_at TEXT NOT NULL,
       last_error TEXT,
       created_at TEXT NOT NULL,
       done_at TEXT
     );
     CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);`,
  },
  {
    // A worker claims the due rows it is about to send until `claimed_until`, so two processes never send one mail
    // twice; a claim that was not released (the worker crashed) runs out and the row is taken again.
    name: 'mail-002-claim',
    sql: 'ALTER TABLE mail_outbox ADD COLUMN claimed_until TEXT;',
  },
];
