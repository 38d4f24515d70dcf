/**
 * Schema migrations, applied in order at start-up. Never edit one that has shipped: add the next.
 * Columns named `data` hold AES-256-GCM ciphertext (see server/crypto.ts); the rest holds no personal data.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE drafts (
     session_key TEXT PRIMARY KEY,
     data TEXT NOT NULL,
     sent_referentie TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     expires_at TEXT NOT NULL
   );
   CREATE INDEX drafts_expires_at ON drafts (expires_at);
   CREATE TABLE meldingen (
     referentie TEXT PRIMARY KEY,
     schema_version INTEGER NOT NULL,
     verstuurd_op TEXT NOT NULL,
     data TEXT NOT NULL,
     created_at TEXT NOT NULL
   );`,
];
