/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // A PostgreSQL database for this run, so the storage contract tests run on both engines.
    globalSetup: ['src/server/db/testing/global-setup.ts'],
  },
});
