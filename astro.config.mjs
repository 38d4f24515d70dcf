// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import preact from '@astrojs/preact';

import { BODY_SIZE_LIMIT } from './src/server/limits.ts';

export default defineConfig({
  output: 'server',
  // Middleware mode: src/server/serve.ts is the server (static files, response cache, compression; see there).
  // It sends each response in one piece, so Astro renders to a string instead of streaming.
  adapter: node({ mode: 'middleware', bodySizeLimit: BODY_SIZE_LIMIT, experimentalDisableStreaming: true }),
  integrations: [preact()],
  // Locale routing happens in src/middleware.ts: Dutch at /, English at /en/.
  trailingSlash: 'ignore',
  build: { inlineStylesheets: 'never' },
  security: {
    // src/middleware.ts checks Origin itself, so a refused post gets a page a person can read.
    checkOrigin: false,
    // Astro adds script-src and style-src with the hashes of its own scripts and styles. On server-rendered pages
    // the policy goes out as a header, so frame-ancestors (ignored in a meta element) works too. Only images may
    // be data: URIs (the select arrow in theme.css). Forms post only here; nothing may frame the portal.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ],
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
});
