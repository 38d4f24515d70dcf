// @ts-check
// The yardstick for `npm run bench`: the smallest Astro SSR app on the same adapter, sending the bytes the bench
// recorded from Krachtwijzer (BENCH_PAGES_FILE, read at run time). Built by the bench itself into ./dist.
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  build: { inlineStylesheets: 'never' },
});
