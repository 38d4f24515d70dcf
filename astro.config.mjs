// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import preact from '@astrojs/preact';

import { BODY_SIZE_LIMIT } from './src/server/limits.ts';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone', bodySizeLimit: BODY_SIZE_LIMIT }),
  integrations: [preact()],
  // Locale routing happens in src/middleware.ts: Dutch at /, English at /en/.
  trailingSlash: 'ignore',
  build: { inlineStylesheets: 'never' },
  security: {
    // src/middleware.ts checks Origin itself, so a refused post gets a page a person can read.
    checkOrigin: false,
    csp: true,
  },
  server: { host: '127.0.0.1', port: 4321 },
});
