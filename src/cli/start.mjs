// Starts the built portal (npm start). The adapter's own entry (dist/server/entry.mjs) listens at once and loads the
// middleware on the first request, so the first visitors would wait while the database opens and the sociale kaart
// is indexed (seconds for a large kaart, during which the whole server answers nothing). Here the middleware is
// loaded first; the port opens only when the portal is ready to answer. Node keeps one copy of a module per file,
// so the adapter later finds the middleware already loaded.
import { existsSync } from 'node:fs';

const dist = new URL('../../dist/server/', import.meta.url);
const middleware = new URL('virtual_astro_middleware.mjs', dist);
if (!existsSync(middleware)) {
  console.error(`No built middleware at ${middleware.pathname}: run npm run build first (or the adapter's file names changed).`);
  process.exit(1);
}
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
await import(middleware.href);
const { startServer } = await import(new URL('entry.mjs', dist).href);
startServer();
