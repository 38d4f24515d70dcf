import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Cipher } from '../crypto';
import type { Engine, Tables } from '../db';
import { StorageError } from '../errors';

/**
 * One column that holds AES-256-GCM ciphertext (see server/crypto.ts), and how its associated data ("context") is
 * built from the row. The context strings must be exactly those the owning store uses.
 */
export interface EncryptedColumn {
  table: string;
  /** The column that identifies a row (unique; the rotation walks the table in its order). */
  key: string;
  column: string;
  /** The other columns the context is built from. */
  reads: readonly string[];
  context(row: Record<string, string>): string;
}

const col = (table: string, key: string, column: string, reads: readonly string[], context: (row: Record<string, string>) => string): EncryptedColumn =>
  ({ table, key, column, reads, context });

/** Every encrypted column of the portal. A store that adds one adds it here, with the context it encrypts under. */
export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  col('drafts', 'session_key', 'data', ['session_key'], (r) => `draft:${r.session_key}`),
  col('meldingen', 'referentie', 'data', ['referentie'], (r) => `melding:${r.referentie}`),
  col('klopt_niet', 'id', 'data', ['service_id'], (r) => `klopt-niet:${r.service_id}`),
  col('loket_accounts', 'id', 'totp_secret', ['id'], (r) => `totp:${r.id}`),
  col('loket_notities', 'id', 'data', ['referentie'], (r) => `notitie:${r.referentie}`),
  col('loket_behandeling', 'referentie', 'gesprek', ['referentie'], (r) => `gesprek:${r.referentie}`),
  col('loket_behandeling', 'referentie', 'uitkomst', ['referentie'], (r) => `uitkomst:${r.referentie}`),
  col('loket_historie', 'id', 'data', ['referentie'], (r) => `gesprek:${r.referentie}`),
  col('verder_plannen', 'id', 'data', ['referentie'], (r) => `persoonlijk-plan:${r.referentie}`),
  col('mail_outbox', 'id', 'recipient', ['referentie', 'kind'], (r) => `outbox:${r.referentie}:${r.kind}`),
];

/** Progress of a rotation, reported after every batch and at the end of each column. */
export interface RotationProgress {
  table: string;
  column: string;
  /** Values re-encrypted in this column so far in this run. */
  done: number;
  /** Values in this column not yet under the current key (counted at the start of the column). */
  total: number;
  /** Values that could not be decrypted with the configured keys; left as they are. */
  unreadable: number;
  /** The column finished (or the table does not exist on this engine: `missing`). */
  finished: boolean;
  missing?: boolean;
}

export interface RotationOptions {
  /** Rows per transaction. Small, so the portal's own writes wait at most a moment. */
  batchSize?: number;
  onProgress?: (progress: RotationProgress) => void;
  /** Which columns; all of ENCRYPTED_COLUMNS when left out. */
  columns?: readonly EncryptedColumn[];
}

export interface RotationResult {
  rewritten: number;
  unreadable: number;
  /** Tables of the list that this engine does not have (yet). */
  missing: string[];
}

const NAME = /^[a-z_][a-z0-9_]*$/;
const RETRIES = 5;

/**
 * Whether a batch failed only because the portal's own writes were in the way (a deadlock or lock timeout on
 * PostgreSQL, a busy file on SQLite): then the batch, rolled back whole, is tried again.
 */
function transient(error: unknown): boolean {
  const e = error as { code?: unknown; errcode?: unknown; message?: unknown } | undefined;
  return e?.code === '40P01' || e?.code === '40001' || e?.code === '55P03' || e?.errcode === 5 || e?.errcode === 6
    || (typeof e?.message === 'string' && /database is locked/.test(e.message));
}

async function withRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= RETRIES || !transient(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
const CountSchema = z.object({ n: z.coerce.number() });

async function tableExists(engine: Engine, table: string): Promise<boolean> {
  const query = engine.kind === 'sqlite'
    ? sql<{ n: number }>`SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ${table}`
    : sql<{ n: number }>`SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ${table}`;
  return CountSchema.parse((await query.execute(engine.db)).rows[0]).n > 0;
}

/** The columns of the list whose table this engine does not have (yet). */
export async function columnsMissing(engine: Engine, columns: readonly EncryptedColumn[] = ENCRYPTED_COLUMNS): Promise<EncryptedColumn[]> {
  const missing: EncryptedColumn[] = [];
  for (const c of columns) if (!(await tableExists(engine, c.table))) missing.push(c);
  return missing;
}

/** `value NOT LIKE '<prefix>%'`: the prefix is `v2.<hex>.`, which holds none of LIKE's wildcards. */
const notUnder = (column: string, prefix: string) => sql`${sql.ref(column)} IS NOT NULL AND ${sql.ref(column)} NOT LIKE ${`${prefix}%`}`;

/** How many values of each column are not yet under the cipher's current key (what a rotation still has to do). */
export async function pendingRotation(engine: Engine, cipher: Cipher, columns: readonly EncryptedColumn[] = ENCRYPTED_COLUMNS): Promise<{ table: string; column: string; pending: number }[]> {
  const result: { table: string; column: string; pending: number }[] = [];
  for (const c of columns) {
    if (!(await tableExists(engine, c.table))) continue;
    const { rows } = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM ${sql.table(c.table)} WHERE ${notUnder(c.column, cipher.currentPrefix)}`.execute(engine.db);
    result.push({ table: c.table, column: c.column, pending: CountSchema.parse(rows[0]).n });
  }
  return result;
}

/**
 * Re-encrypts every encrypted value that is not under the cipher's current key, column by column, in batches of one
 * transaction each, while the portal goes on. What is left to do is read from the data (values whose prefix is not
 * the current key's), so a run that was stopped halfway continues where it was when started again, and a second run
 * finds nothing to do. A value the portal changed between read and write is left as the portal wrote it (the portal
 * encrypts with the current key too, once it is configured with the same keys).
 */
export async function rotateKeys(engine: Engine, cipher: Cipher, options: RotationOptions = {}): Promise<RotationResult> {
  const batchSize = options.batchSize ?? 200;
  const result: RotationResult = { rewritten: 0, unreadable: 0, missing: [] };
  for (const c of options.columns ?? ENCRYPTED_COLUMNS) {
    for (const name of [c.table, c.key, c.column, ...c.reads]) {
      if (!NAME.test(name)) throw new StorageError(`Not a plain table or column name: ${name}`);
    }
    const progress: RotationProgress = { table: c.table, column: c.column, done: 0, total: 0, unreadable: 0, finished: false };
    if (!(await tableExists(engine, c.table))) {
      result.missing.push(c.table);
      options.onProgress?.({ ...progress, finished: true, missing: true });
      continue;
    }
    const counted = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM ${sql.table(c.table)} WHERE ${notUnder(c.column, cipher.currentPrefix)}`.execute(engine.db);
    progress.total = CountSchema.parse(counted.rows[0]).n;
    const selected = [...new Set([c.key, ...c.reads])];
    const RowSchema = z.object({
      ...Object.fromEntries(selected.map((name) => [name, z.union([z.string(), z.number()]).transform(String)])),
      value: z.string(),
    });
    // Within one run the walk moves forward by key, so a value that cannot be read is passed once, not forever.
    let after: unknown;
    for (;;) {
      const batch = await withRetry(() => engine.transaction(async (trx: Kysely<Tables>) => {
        const cursor = after === undefined ? sql`` : sql`AND ${sql.ref(c.key)} > ${after}`;
        const lock = engine.kind === 'postgres' ? sql`FOR UPDATE` : sql``;
        const { rows } = await sql<Record<string, unknown>>`SELECT ${sql.join(selected.map((n) => sql.ref(n)))}, ${sql.ref(c.column)} AS value
          FROM ${sql.table(c.table)} WHERE ${notUnder(c.column, cipher.currentPrefix)} ${cursor}
          ORDER BY ${sql.ref(c.key)} LIMIT ${batchSize} ${lock}`.execute(trx);
        let rewritten = 0;
        let unreadable = 0;
        let last: unknown;
        for (const raw of rows) {
          const row = RowSchema.parse(raw) as Record<string, string> & { value: string };
          last = raw[c.key];
          const context = c.context(row);
          let plain: string;
          try {
            plain = cipher.decrypt(row.value, context);
          } catch {
            unreadable += 1;
            continue;
          }
          const update = await sql`UPDATE ${sql.table(c.table)} SET ${sql.ref(c.column)} = ${cipher.encrypt(plain, context)}
            WHERE ${sql.ref(c.key)} = ${raw[c.key]} AND ${sql.ref(c.column)} = ${row.value}`.execute(trx);
          if (Number(update.numAffectedRows ?? 0) > 0) rewritten += 1;
        }
        return { found: rows.length, rewritten, unreadable, last };
      }));
      if (batch.found === 0) break;
      after = batch.last;
      progress.done += batch.rewritten;
      progress.unreadable += batch.unreadable;
      result.rewritten += batch.rewritten;
      result.unreadable += batch.unreadable;
      if (batch.found < batchSize) break;
      options.onProgress?.({ ...progress });
    }
    options.onProgress?.({ ...progress, finished: true });
  }
  return result;
}
