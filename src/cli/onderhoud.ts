// The maintenance commands of `npm run loket`: rotating the encryption key, backup and restore.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { engineOptions, type Config } from '@/server/config';
import { createCipher, loadKeys, type Cipher } from '@/server/crypto';
import { openEngine, type Engine } from '@/server/db';
import { openSqliteEngine, SQLITE_FILE } from '@/server/db/sqlite';
import { backupSqlite, postgresBackupInstructions, restoreSqlite } from '@/server/storage/backup';
import { columnsMissing, ENCRYPTED_COLUMNS, pendingRotation, rotateKeys, type EncryptedColumn, type RotationProgress } from '@/server/storage/versleuteld';

export const ONDERHOUD_HELP = {
  sleutel: `  npm run loket -- sleutel status
      how many encrypted values are not yet under the current key (the first of KRACHTWIJZER_ENCRYPTION_KEYS)
  npm run loket -- sleutel roteer
      re-encrypt every such value with the current key, in batches, while the portal runs; safe to stop and run again`,
  backup: `  npm run loket -- backup <file>
      a consistent copy of the embedded database while the portal runs (mode 0600; never overwrites a file);
      with PostgreSQL: prints the pg_dump and pg_restore commands to use
  npm run loket -- herstel <file>
      put a backup in place in an empty data directory (KRACHTWIJZER_DATA_DIR), with the portal stopped`,
};

/** Commands that are handled here. */
export const ONDERHOUD_COMMANDS = ['sleutel', 'backup', 'herstel'];

const isKeyFileSetup = (config: Config) => !config.KRACHTWIJZER_ENCRYPTION_KEY && !config.KRACHTWIJZER_ENCRYPTION_KEYS;

function progressLine(p: RotationProgress): string {
  const name = `${p.table}.${p.column}`;
  if (p.missing) return `${name}: not in this database, skipped`;
  const unreadable = p.unreadable ? `, ${p.unreadable} unreadable` : '';
  return p.finished ? `${name}: ${p.done} of ${p.total} re-encrypted${unreadable}, done` : `${name}: ${p.done} of ${p.total} re-encrypted${unreadable}`;
}

/** The rotation, or its status, on one engine; returns the values left to do and those no configured key reads. */
async function onEngine(command: 'status' | 'roteer', engine: Engine, cipher: Cipher, columns: readonly EncryptedColumn[], label: string) {
  if (command === 'status') {
    let pending = 0;
    for (const c of await pendingRotation(engine, cipher, columns)) {
      console.log(`${c.table}.${c.column}: ${c.pending} not yet under the current key (${label})`);
      pending += c.pending;
    }
    return { pending, unreadable: 0 };
  }
  const result = await rotateKeys(engine, cipher, { columns, onProgress: (p) => console.log(`${progressLine(p)} (${label})`) });
  return { pending: result.unreadable, unreadable: result.unreadable };
}

async function sleutel(command: string | undefined, config: Config): Promise<number> {
  if (command !== 'status' && command !== 'roteer') return usage();
  if (isKeyFileSetup(config) && !existsSync(join(config.KRACHTWIJZER_DATA_DIR, 'encryption.key'))) {
    console.error(`No key is configured and ${join(config.KRACHTWIJZER_DATA_DIR, 'encryption.key')} does not exist: set KRACHTWIJZER_ENCRYPTION_KEYS (or check KRACHTWIJZER_DATA_DIR).`);
    return 2;
  }
  const cipher = createCipher(loadKeys(config));
  console.log(`Current key: ${cipher.currentKeyId}`);
  const totals = { pending: 0, unreadable: 0 };
  const add = (r: { pending: number; unreadable: number }) => {
    totals.pending += r.pending;
    totals.unreadable += r.unreadable;
  };
  const engine = openEngine(engineOptions(config));
  try {
    await engine.ready;
    const label = engine.kind === 'postgres' ? 'PostgreSQL' : 'the embedded database';
    const missing = await columnsMissing(engine);
    add(await onEngine(command, engine, cipher, ENCRYPTED_COLUMNS.filter((c) => !missing.includes(c)), label));
    for (const c of missing) console.log(`${c.table}.${c.column}: not in this database, skipped (${label})`);
    // Stores that have not moved onto the storage layer keep their rows in the embedded file, PostgreSQL or not.
    if (engine.kind === 'postgres' && existsSync(join(config.KRACHTWIJZER_DATA_DIR, SQLITE_FILE))) {
      const embedded = openSqliteEngine(config.KRACHTWIJZER_DATA_DIR);
      try {
        await embedded.ready;
        const absent = await columnsMissing(embedded);
        add(await onEngine(command, embedded, cipher, ENCRYPTED_COLUMNS.filter((c) => !absent.includes(c)), 'the embedded database'));
      } finally {
        await embedded.close();
      }
    }
  } finally {
    await engine.close();
  }
  if (command === 'status') {
    console.log(totals.pending === 0 ? 'Every encrypted value is under the current key: the previous keys are no longer needed for the database.' : `${totals.pending} values still to re-encrypt: run npm run loket -- sleutel roteer`);
    return 0;
  }
  if (totals.unreadable > 0) {
    console.error(`${totals.unreadable} values could not be read with the configured keys and were left as they are: is a previous key missing from KRACHTWIJZER_ENCRYPTION_KEYS?`);
    return 1;
  }
  console.log(`Done: every encrypted value is under key ${cipher.currentKeyId}. A previous key may go from KRACHTWIJZER_ENCRYPTION_KEYS once every instance runs with the new list and no backup made before this rotation is still to be restored.`);
  return 0;
}

function backup(file: string | undefined, config: Config): number {
  if (file === undefined) return usage();
  if (config.KRACHTWIJZER_DATABASE_URL) {
    console.log(postgresBackupInstructions(file));
    return 2;
  }
  const result = backupSqlite(config.KRACHTWIJZER_DATA_DIR, file);
  if (!result.ok) {
    console.error(result.error);
    return 2;
  }
  const keyNote = isKeyFileSetup(config)
    ? `the key file ${join(config.KRACHTWIJZER_DATA_DIR, 'encryption.key')}`
    : 'KRACHTWIJZER_ENCRYPTION_KEY(S)';
  console.log(`Backup written: ${result.file} (${result.bytes} bytes, mode 0600).
It holds the content encrypted: a restore needs ${keyNote} as well. Keep the key safe, and apart from the backup.`);
  return 0;
}

function herstel(file: string | undefined, config: Config): number {
  if (file === undefined) return usage();
  if (config.KRACHTWIJZER_DATABASE_URL) {
    console.log(postgresBackupInstructions(file));
    return 2;
  }
  if (isKeyFileSetup(config) && !existsSync(join(config.KRACHTWIJZER_DATA_DIR, 'encryption.key'))) {
    console.error(`No key: put the backed-up portal's encryption.key in ${config.KRACHTWIJZER_DATA_DIR} (mode 0600), or set KRACHTWIJZER_ENCRYPTION_KEY(S), and run this again.`);
    return 2;
  }
  const result = restoreSqlite(file, config.KRACHTWIJZER_DATA_DIR, createCipher(loadKeys(config)));
  if (!result.ok) {
    console.error(result.error);
    return 2;
  }
  console.log(`Restored: ${result.file}, ${result.meldingen} meldingen; every encrypted value reads with the configured key. Start the portal.`);
  return 0;
}

function usage(): number {
  console.error(`Usage:\n${ONDERHOUD_HELP.sleutel}\n${ONDERHOUD_HELP.backup}`);
  return 2;
}

/** Runs one maintenance command; returns the exit code (0 done, 1 done with values left unread, 2 refused). */
export async function onderhoud(args: readonly string[], config: Config): Promise<number> {
  const [group, command, ...extra] = args;
  if (extra.length > 0) return usage();
  if (group === 'sleutel') return sleutel(command, config);
  if (group === 'backup') return backup(command, config);
  if (group === 'herstel') return herstel(command, config);
  return usage();
}
