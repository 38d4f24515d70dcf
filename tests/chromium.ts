import { devices, type Project } from '@playwright/test';

/**
 * Debian's Chromium, as every Playwright config here runs it. Without the networking flags Chromium floods this
 * machine's closed network with requests.
 */
export const chromium: Project = {
  name: 'chromium',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
};
