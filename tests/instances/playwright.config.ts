import { defineConfig, devices } from '@playwright/test';

/**
 * Several instances behind nginx on one PostgreSQL (tests/instances/cluster.ts starts them): one worker, the tests in
 * order, as they share the cluster. `npm run test:instances`; part of `npm test`.
 */
export default defineConfig({
  testDir: '.',
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 120_000,
  use: {
    trace: 'retain-on-failure',
    locale: 'nl-NL',
  },
  projects: [{
    name: 'chromium',
    use: {
      ...devices['Desktop Chrome'],
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
          '--disable-component-update', '--disable-sync'],
      },
    },
  }],
});
