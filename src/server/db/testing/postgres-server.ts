import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The development machines' server: loopback, trust authentication, a database named test. */
export const DEFAULT_TEST_SERVER = 'postgres://postgres@127.0.0.1:5432/test';

/** Whether a PostgreSQL server answers a query at `url` (within a few seconds). */
export async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The newest installed PostgreSQL's programs (Debian's postgresql package), if any. */
function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

/** A port on loopback that nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ThrowawayCluster {
  url: string;
  /** Its directory: `stopThrowawayCluster(dir)` stops it from another process. */
  dir: string;
  stop(): void;
}

/**
 * Starts a PostgreSQL cluster of its own in a temporary directory, on loopback, with trust authentication and
 * without fsync (it is thrown away). initdb refuses to run as root, so as root it runs as the postgres user the
 * Debian package created. Undefined when PostgreSQL is not installed.
 */
export async function startThrowawayCluster(): Promise<ThrowawayCluster | undefined> {
  const bin = postgresBin();
  if (!bin) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const ids = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, ids('-u'), ids('-g'));
  }
  const run = (program: string, args: string[]) => runAs(bin, program, args);
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--no-locale']);
  run('pg_ctl', ['-D', data, '-w', '-l', join(dir, 'log'), '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dir,
    stop: () => stopThrowawayCluster(dir),
  };
}

/** Runs one of PostgreSQL's programs; as root, as the postgres user (initdb and pg_ctl refuse root). */
function runAs(bin: string, program: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const result = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], { encoding: 'utf8' })
    : spawnSync(join(bin, program), args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout || result.error?.message}`);
}

/** Stops a throwaway cluster at once and removes its directory. */
export function stopThrowawayCluster(dir: string): void {
  const bin = postgresBin();
  if (bin && existsSync(join(dir, 'data'))) runAs(bin, 'pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
  rmSync(dir, { recursive: true, force: true });
}
