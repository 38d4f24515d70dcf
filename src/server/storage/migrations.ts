import { LOKET_MIGRATIONS } from '../loket/migrations';
import { MAIL_MIGRATIONS } from '../mail/migrations';
import { VERDER_MIGRATIONS } from '../verder/migrations';
import type { Migration } from '../db/migration';

export type { Migration } from '../db/migration';

/**
 * The journey's tables. Columns named `data` hold AES-256-GCM ciphertext (see server/crypto.ts);
 * the rest holds no personal data.
 */
const CORE: readonly Migration[] = [
  {
    name: 'core-001-drafts-meldingen',
    sql: `CREATE TABLE drafts (
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
  },
];

/**
 * The embedded file's migrations as they first shipped on the synchronous handle, in that order: the journey, the
 * werkplek, the mail outbox, "Later verder". Each feature keeps its own list in its own file and adds it here, so
 * features never compete for a number. They head the embedded engine's list (src/server/db/migrations/sqlite.ts),
 * which both the engine and the synchronous handle apply; PostgreSQL has its own list in the same steps.
 */
export const MIGRATIONS: readonly Migration[] = [...CORE, ...LOKET_MIGRATIONS, ...MAIL_MIGRATIONS, ...VERDER_MIGRATIONS];
