import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { answers, DEFAULT_TEST_SERVER, freePort, startThrowawayCluster, type ThrowawayCluster } from '../../src/server/db/testing/postgres-server';
import { startSmtpSink, type SmtpSink } from '../smtp-sink';

/**
 * Several real portal processes (the built server, `node src/server/serve.ts`) on one PostgreSQL database, behind
 * Debian's nginx with the configuration in tests/instances/nginx.conf, and a real SMTP server receiving their mail.
 */
export interface Cluster {
  /** nginx's address: what a browser uses. */
  url: string;
  databaseUrl: string;
  encryptionKey: string;
  /** A data directory for the CLI (the instances have one each; with PostgreSQL none holds data). */
  dataDir: string;
  smtp: SmtpSink;
  instances: Instance[];
  /** Runs a query on the cluster's database. */
  query<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

export interface Instance {
  /** host:port, as nginx names it in X-Krachtwijzer-Instance. */
  address: string;
  /** What the process wrote to stdout and stderr, every run together. */
  log(): string;
  /** SIGKILL: no shutdown, no last writes. */
  kill(): Promise<void>;
  /** Starts it again on the same port; resolves once /healthz answers 200. */
  start(): Promise<void>;
}

const NGINX = '/usr/sbin/nginx';

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const healthy = (url: string) => fetch(`${url}/healthz`).then((r) => r.ok, () => false);

async function postgresServer(): Promise<{ url: string; cluster?: ThrowawayCluster }> {
  const configured = process.env.KRACHTWIJZER_TEST_DATABASE_URL;
  if (configured) return { url: configured };
  if (await answers(DEFAULT_TEST_SERVER)) return { url: DEFAULT_TEST_SERVER };
  const cluster = await startThrowawayCluster();
  if (!cluster) throw new Error('The two-instance test needs PostgreSQL: src/cli/setup.sh --tests installs it.');
  return { url: cluster.url, cluster };
}

export async function startCluster(count = 2): Promise<Cluster> {
  if (!existsSync(NGINX)) throw new Error('The two-instance test needs Debian\'s nginx: src/cli/setup.sh --tests installs it.');
  const dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-instances-'));
  const server = await postgresServer();
  const database = `krachtwijzer_instances_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const databaseUrl = Object.assign(new URL(server.url), { pathname: `/${database}` }).toString();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });

  const smtp = await startSmtpSink();
  const proxyPort = await freePort();
  const url = `http://127.0.0.1:${proxyPort}`;
  const encryptionKey = randomBytes(32).toString('base64');
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()));

  const instances = ports.map((port, n): Instance & { process?: ChildProcess } => {
    let output = '';
    const instance: Instance & { process?: ChildProcess } = {
      address: `127.0.0.1:${port}`,
      log: () => output,
      async start() {
        const child = spawn(process.execPath, ['src/server/serve.ts'], {
          env: {
            ...process.env,
            PORT: String(port),
            HOST: '127.0.0.1',
            // Each instance has a directory of its own: nothing may be shared through it.
            KRACHTWIJZER_DATA_DIR: join(dir, `instance-${n + 1}`),
            KRACHTWIJZER_DATABASE_URL: databaseUrl,
            KRACHTWIJZER_ENCRYPTION_KEY: encryptionKey,
            KRACHTWIJZER_PUBLIC_URL: url,
            KRACHTWIJZER_TRUSTED_PROXIES: '1',
            KRACHTWIJZER_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
            KRACHTWIJZER_MAIL_FROM: 'Krachtwijzer <noreply@middenveld.example>',
            KRACHTWIJZER_LOKET_MAIL: 'wmo@middenveld.example',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
        child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
        instance.process = child;
        await until(`instance ${n + 1} to answer`, () => healthy(`http://${instance.address}`));
      },
      async kill() {
        const child = instance.process;
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      },
    };
    return instance;
  });
  await Promise.all(instances.map((i) => i.start()));

  const template = readFileSync(new URL('./nginx.conf', import.meta.url), 'utf8');
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub), { mode: 0o777 });
  const config = template.replaceAll('{{dir}}', dir).replaceAll('{{port}}', String(proxyPort))
    .replace('{{servers}}', instances.map((i) => `    server ${i.address} max_fails=1 fail_timeout=5s;`).join('\n'));
  writeFileSync(join(dir, 'nginx.conf'), config);
  const check = spawnSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refuses the configuration: ${check.stderr}`);
  const nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  await until('nginx to answer', () => healthy(url));

  return {
    url, databaseUrl, encryptionKey, smtp, instances, dataDir: join(dir, 'cli'),
    query: async (text, values) => (await pool.query(text, values)).rows,
    async stop() {
      nginx.kill('SIGQUIT');
      await Promise.all(instances.map((i) => i.kill()));
      await smtp.close();
      await pool.end();
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await client.end();
      server.cluster?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
