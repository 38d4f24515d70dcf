import { chmodSync, closeSync, constants, copyFileSync, existsSync, mkdirSync, openSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { Cipher } from '../crypto';
import { SQLITE_FILE } from '../db/sqlite';
import { ENCRYPTED_COLUMNS } from './versleuteld';

export type BackupOutcome = { ok: true; file: string; bytes: number } | { ok: false; error: string };
export type RestoreOutcome = { ok: true; file: string; meldingen: number } | { ok: false; error: string };

const errnoCode = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/** Where a new file may be written: an absolute path in an existing directory, not taken yet. */
function checkNewFile(file: string): { ok: true; path: string } | { ok: false; error: string } {
  if (file.trim() === '') return { ok: false, error: 'Give the file to write the backup to, e.g. /var/backups/krachtwijzer-2026-12-01.sqlite' };
  const path = resolve(file);
  const dir = dirname(path);
  if (!existsSync(dir)) return { ok: false, error: `The directory ${dir} does not exist: create it first, or choose another place.` };
  if (!statSync(dir).isDirectory()) return { ok: false, error: `${dir} is not a directory.` };
  if (existsSync(path)) return { ok: false, error: `${path} exists already: a backup never overwrites a file. Choose a new name.` };
  return { ok: true, path };
}

/** Reads the result of SQLite's integrity check: 'ok' when the file is whole. */
function integrity(db: DatabaseSync): string {
  const rows = z.array(z.object({ integrity_check: z.string() })).parse(db.prepare('PRAGMA integrity_check').all());
  return rows.map((r) => r.integrity_check).join('; ');
}

/**
 * A consistent copy of the embedded database while the portal runs (SQLite's VACUUM INTO reads one snapshot; writes
 * that come in meanwhile are in the next backup). The file is created first, empty and readable by this user alone
 * (0600), so it is never readable by others, not even for a moment, and an existing file is never overwritten. The
 * copy holds the content encrypted, as the database does: it is of use only together with the key, which is kept
 * apart from it.
 */
export function backupSqlite(dataDir: string, file: string): BackupOutcome {
  const source = join(dataDir, SQLITE_FILE);
  if (!existsSync(source)) return { ok: false, error: `There is no database in ${resolve(dataDir)} (KRACHTWIJZER_DATA_DIR) to back up.` };
  const target = checkNewFile(file);
  if (!target.ok) return target;
  try {
    closeSync(openSync(target.path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600));
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EEXIST') return { ok: false, error: `${target.path} exists already: a backup never overwrites a file. Choose a new name.` };
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { ok: false, error: `Cannot write to ${dirname(target.path)}: permission denied.` };
    return { ok: false, error: `Cannot create ${target.path} (${code ?? 'unknown error'}).` };
  }
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(source);
    db.exec('PRAGMA busy_timeout = 5000');
    db.prepare('VACUUM INTO ?').run(target.path);
    db.close();
    db = undefined;
    chmodSync(target.path, 0o600);
    const copy = new DatabaseSync(target.path, { readOnly: true });
    try {
      const check = integrity(copy);
      if (check !== 'ok') throw new Error(`integrity check: ${check}`);
    } finally {
      copy.close();
    }
    return { ok: true, file: target.path, bytes: statSync(target.path).size };
  } catch (error) {
    if (db?.isOpen) db.close();
    try {
      unlinkSync(target.path);
    } catch {
      // nothing more to clean up
    }
    return { ok: false, error: `The backup failed and nothing was kept: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The first encrypted value in `db` that the cipher cannot read, named by table and column; undefined when all can. */
function unreadableValue(db: DatabaseSync, cipher: Cipher): string | undefined {
  const tables = new Set(z.array(z.object({ name: z.string() })).parse(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).map((t) => t.name));
  if (!tables.has('meldingen')) throw new Error('no such table: meldingen');
  for (const c of ENCRYPTED_COLUMNS) {
    if (!tables.has(c.table)) continue;
    const columns = [...new Set([c.key, ...c.reads])].map((n) => `"${n}"`).join(', ');
    const RowSchema = z.object({ value: z.string() }).catchall(z.union([z.string(), z.number()]).transform(String));
    for (const raw of db.prepare(`SELECT ${columns}, "${c.column}" AS value FROM "${c.table}" WHERE "${c.column}" IS NOT NULL`).iterate()) {
      const row = RowSchema.parse(raw) as Record<string, string> & { value: string };
      try {
        cipher.decrypt(row.value, c.context(row));
      } catch {
        return c.table === 'meldingen' ? `Melding ${row.referentie}` : `A value in ${c.table}.${c.column}`;
      }
    }
  }
  return undefined;
}

/**
 * Puts a backup in place as the database of an empty data directory, after checking that the file is a whole
 * database of the portal and that every encrypted value in it (every melding included) can be read with the
 * configured key(s). The portal must not be running on that directory; a database there is never overwritten.
 */
export function restoreSqlite(file: string, dataDir: string, cipher: Cipher): RestoreOutcome {
  const source = resolve(file);
  if (!existsSync(source) || !statSync(source).isFile()) return { ok: false, error: `There is no backup at ${source}.` };
  const target = join(dataDir, SQLITE_FILE);
  for (const existing of [target, `${target}-wal`, `${target}-shm`]) {
    if (existsSync(existing)) {
      return { ok: false, error: `${existing} exists already: restore into an empty data directory, or stop the portal and move the current database aside first.` };
    }
  }
  let meldingen: number;
  let backup: DatabaseSync;
  try {
    backup = new DatabaseSync(source, { readOnly: true });
  } catch {
    return { ok: false, error: `${source} is not a database backup of the portal.` };
  }
  try {
    const check = integrity(backup);
    if (check !== 'ok') return { ok: false, error: `${source} is damaged (${check}).` };
    const unreadable = unreadableValue(backup, cipher);
    if (unreadable) {
      return { ok: false, error: `${unreadable} in the backup cannot be read with the configured key: set the key(s) the backed-up portal used (KRACHTWIJZER_ENCRYPTION_KEY(S), or its encryption.key in the data directory). Nothing was restored.` };
    }
    meldingen = z.object({ n: z.number() }).parse(backup.prepare('SELECT COUNT(*) AS n FROM meldingen').get()).n;
  } catch (error) {
    if (error instanceof z.ZodError || (error instanceof Error && /no such table|file is not a database/.test(error.message))) {
      return { ok: false, error: `${source} is not a database backup of the portal.` };
    }
    throw error;
  } finally {
    backup.close();
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  copyFileSync(source, target, constants.COPYFILE_EXCL);
  chmodSync(target, 0o600);
  return { ok: true, file: target, meldingen };
}

/** Single-quotes a word for a POSIX shell. */
const shellWord = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`);

/**
 * With PostgreSQL the database server makes the backup, with its own tools: pg_dump takes one consistent snapshot
 * while the portal runs. The address is taken from the environment, so no password ends up in the shell history.
 */
export function postgresBackupInstructions(file: string): string {
  const dump = shellWord(file || 'krachtwijzer.dump');
  return `The portal uses PostgreSQL (KRACHTWIJZER_DATABASE_URL): back it up with PostgreSQL's own tools, of the server's major version.
Back up (a consistent copy while the portal runs; readable by you alone):
  (umask 077 && pg_dump --format=custom --no-owner --no-privileges --file=${dump} "$KRACHTWIJZER_DATABASE_URL")
Restore, into an empty database, with the portal stopped:
  pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$KRACHTWIJZER_DATABASE_URL" ${dump}
The dump holds the content encrypted, as the database does: keep KRACHTWIJZER_ENCRYPTION_KEY(S) safe, and apart from the dump.`;
}
