import { defineConfig } from '@playwright/test';
import { chromium } from '../chromium';

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
  projects: [chromium],
});
