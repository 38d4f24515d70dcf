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
 * Every migration of the stores not yet behind the storage layer (src/server/db), applied in this order at start-up
 * on the synchronous handle. Each feature keeps its own list in its own file and adds it here, so features never
 * compete for a number. The layer's own migrations (klopt-niet, its limit, lacunes, samen-tellingen) are in
 * src/server/db/migrations and share the `migrations` table, so either list sees what the other applied.
 */
export const MIGRATIONS: readonly Migration[] = [...CORE, ...LOKET_MIGRATIONS, ...MAIL_MIGRATIONS, ...VERDER_MIGRATIONS];
