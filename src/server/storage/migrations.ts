import { KLOPT_NIET_MIGRATIONS } from './klopt-niet';
import { KLOPT_NIET_LIMIT_MIGRATIONS } from './klopt-niet-limit';
import { LACUNE_MIGRATIONS } from './lacunes';
import { LOKET_MIGRATIONS } from '../loket/migrations';
import { SAMEN_MIGRATIONS } from './samen-tellingen';
import { MAIL_MIGRATIONS } from '../mail/migrations';
import { VERDER_MIGRATIONS } from '../verder/migrations';

/** One schema change. The name is recorded once applied; never edit or rename a migration that has shipped. */
export interface Migration {
  /** Unique and stable: `<feature>-<nnn>-<what>`, e.g. `core-001-drafts-meldingen`. */
  name: string;
  sql: string;
}

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
 * Every migration, applied in this order at start-up. Each feature keeps its own list in its own file
 * and adds it here, so features never compete for a number.
 */
export const MIGRATIONS: readonly Migration[] = [...CORE, ...LACUNE_MIGRATIONS, ...KLOPT_NIET_MIGRATIONS, ...LOKET_MIGRATIONS, ...SAMEN_MIGRATIONS, ...MAIL_MIGRATIONS, ...VERDER_MIGRATIONS,
  ...KLOPT_NIET_LIMIT_MIGRATIONS];
