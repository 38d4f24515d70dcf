import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from './tests/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4399);
/** A throwaway data directory per run: tests never touch ./data. */
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'krachtwijzer-e2e-'));
process.env.E2E_DATA_DIR = dataDir;
/**
 * A real SMTP server on loopback (tests/smtp-sink.ts) receives the portal's mails and writes each to this directory as
 * JSON; specs that check mail read it (tests/e2e/mail.ts), the others ignore it.
 */
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? PORT + 1000);
const mailDir = process.env.E2E_MAIL_DIR ?? join(dataDir, 'mail');
process.env.E2E_MAIL_DIR = mailDir;

/**
 * E2E_ENGINE=postgres (`npm run test:e2e:postgres`): the same portal on a PostgreSQL database of its own, for every spec
 * that stores or reads something. The page gates (axe, reflow, keyboard, languages, read-aloud) render the same pages
 * whatever the engine, so they run once, on the embedded engine. The database's address is made before anything starts
 * (the portal and the CLI the tests call both need it), and is passed on to the test workers through the environment.
 */
const onPostgres = process.env.E2E_ENGINE === 'postgres';
if (onPostgres && !process.env.E2E_DATABASE) {
  process.env.E2E_DATABASE = execFileSync(process.execPath,
    ['--experimental-transform-types', '--no-warnings=ExperimentalWarning', 'src/cli/run.mjs', 'tests/postgres-database.ts', 'create'], { encoding: 'utf8' }).trim();
  process.env.E2E_ENCRYPTION_KEY = randomBytes(32).toString('base64');
}
const database = onPostgres ? (JSON.parse(process.env.E2E_DATABASE!) as { url: string }).url : undefined;
const engineEnv: Record<string, string> = database
  ? { KRACHTWIJZER_DATABASE_URL: database, KRACHTWIJZER_ENCRYPTION_KEY: process.env.E2E_ENCRYPTION_KEY! } : {};
Object.assign(process.env, engineEnv);

export default defineConfig({
  testDir: 'tests/e2e',
  ...(onPostgres ? {
    testIgnore: ['axe.ts', 'a11y*.spec.ts', 'gates.spec.ts', 'gates/**', 'keyboard.spec.ts', 'loket-keyboard.spec.ts', 'loket-reflow.spec.ts',
      'language.spec.ts', 'talen.spec.ts', 'voorlezen.spec.ts', 'pictogrammen.spec.ts', 'uitleg.spec.ts', 'toegankelijkheid.spec.ts',
      'navigation.spec.ts', 'sociale-kaart-a11y.spec.ts', 'sociale-kaart-live.spec.ts', 'sociale-kaart-zoekwoorden.spec.ts',
      'security-headers.spec.ts', 'later-verder-a11y.spec.ts', 'loket-a11y.spec.ts', 'ervaringen.spec.ts'],
    globalTeardown: './tests/postgres-database-teardown.ts',
  } : {}),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // 60 s, not 30: the whole journey in one test takes 25-32 s on a busy shared machine (load average near 20).
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    locale: 'nl-NL',
  },
  projects: [chromium],
  webServer: [{
    command: 'node tests/smtp-sink.ts',
    port: SMTP_PORT,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { SMTP_SINK_PORT: String(SMTP_PORT), SMTP_SINK_DIR: mailDir },
  }, {
    command: 'node src/server/serve.ts',
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      KRACHTWIJZER_DATA_DIR: dataDir,
      KRACHTWIJZER_PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      // Shared computers wipe a draft after this many idle seconds (900 in production); the warning comes halfway.
      KRACHTWIJZER_GEDEELD_IDLE_SECONDS: '40',
      KRACHTWIJZER_SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      KRACHTWIJZER_MAIL_FROM: 'Krachtwijzer <noreply@middenveld.example>',
      // Lets a test request move its own clock (x-krachtwijzer-testklok); refused under NODE_ENV=production.
      KRACHTWIJZER_TEST_CLOCK: 'aan',
      // Every test sends "Klopt dit niet?" reports from the same address; the limit itself is unit-tested.
      KRACHTWIJZER_KLOPT_NIET_PER_UUR: '100',
      ...engineEnv,
    },
  }],
});
