import { sql, type Kysely } from 'kysely';
import type { Tables } from './tables';

export type EngineKind = 'sqlite' | 'postgres';

export interface TransactionOptions {
  /**
   * Runs this transaction alone among all transactions with the same name, across every process on the database:
   * a PostgreSQL advisory lock held until commit. The embedded engine writes one transaction at a time anyway.
   */
  exclusive?: string;
}

/**
 * One storage engine: the query builder on a migrated database, a transaction helper, and its health. Stores are
 * written once against this; they never see the connection underneath.
 */
export interface Engine {
  readonly kind: EngineKind;
  /** Queries outside a transaction. Every query waits until the migrations have run. */
  readonly db: Kysely<Tables>;
  /** Settles once the migrations ran at start-up; rejects when they failed (queries reject then too). */
  readonly ready: Promise<void>;
  /** Runs `work` in one transaction: all of it is stored, or none. Inside, query through `trx` only. */
  transaction<T>(work: (trx: Kysely<Tables>) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Whether the database answers and is migrated. */
  healthy(): Promise<boolean>;
  /** Ends every connection; waits for running migrations first. Closing again waits for the same close. */
  close(): Promise<void>;
}

/** Whether the database answers a query on the migrations table (so it is there, and migrated or migrating). */
export async function answersMigrated(db: Kysely<Tables>): Promise<boolean> {
  try {
    await sql`SELECT COUNT(*) FROM migrations`.execute(db);
    return true;
  } catch {
    return false;
  }
}
