/**
 * The server `npm start` runs: a small node:http server in front of the built Astro app (the adapter in middleware
 * mode). It serves the build's static files itself, from memory; answers anonymous requests for public pages from
 * the response cache (response-cache.ts); and writes every response in one piece, compressed (brotli or gzip, as
 * the browser accepts) when it is text. Rendering stays Astro's: routes, middleware, CSP.
 * Run from the project folder after `npm run build`: `node src/server/serve.ts`. PORT (4321) and HOST (127.0.0.1)
 * as before.
 */
import { existsSync, readdirSync, readFileSync, statSync, watch } from 'node:fs';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { enableCompileCache } from 'node:module';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cacheKey, HIT_HEADER, PUBLIC_MARK, requestMayUseCache, ResponseCache, responseMayBeStored } from './response-cache.ts';

type Headers = OutgoingHttpHeaders;
type AstroHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

// Node keeps the built app's compiled code on disk (its compile cache: NODE_COMPILE_CACHE, else a folder in the system's
// temporary directory), so a restart reuses it instead of compiling a few megabytes of modules again before the port
// opens. Node checks each file's content against the cache; a new build simply adds new entries. Where the folder cannot
// be written, Node goes on without it.
enableCompileCache();

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const clientDir = join(root, 'dist', 'client');
// The middleware opens the database and indexes the sociale kaart when it loads. The adapter would load it on the first
// request, so that visitor (and everyone behind them) would wait seconds for a large kaart: load it now, so the port
// opens only when the portal is ready. Node keeps one copy of a module per file; the adapter finds it loaded.
const middleware = join(root, 'dist', 'server', 'virtual_astro_middleware.mjs');
if (!existsSync(middleware)) {
  console.error(`No built middleware at ${middleware}: run npm run build first (or the adapter's file names changed).`);
  process.exit(1);
}
await import(pathToFileURL(middleware).href);
const { handler } = await import(pathToFileURL(join(root, 'dist', 'server', 'entry.mjs')).href) as { handler: AstroHandler };

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json', '.xml': 'application/xml',
  '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon', '.webp': 'image/webp', '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|schema\+json|javascript)|image\/svg\+xml)/;

/** The build's static files by address; read on first request, kept with their compressed forms. */
const staticFiles = new Map<string, { file: string; body?: Buffer; etag: string; variants: Map<string, Buffer> }>();
for (const entry of readdirSync(clientDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = join(entry.parentPath, entry.name);
  const stat = statSync(file);
  staticFiles.set(`/${file.slice(clientDir.length + 1).split(sep).join('/')}`, { file, etag: `W/"${stat.size}-${stat.mtimeMs.toString(36)}"`, variants: new Map() });
}

/** Brotli if the browser takes it, else gzip, else nothing (a q=0 refuses). */
function negotiate(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = new Set((acceptEncoding ?? '').split(',').map((part) => part.trim().toLowerCase())
    .filter((part) => !/;\s*q=0(\.0*)?$/.test(part)).map((part) => part.split(';')[0]));
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : undefined;
}

/** Fast settings for what is compressed per request; the cache and static files keep their result, so compress harder. */
function compress(body: Buffer, encoding: 'br' | 'gzip', kept: boolean): Buffer {
  if (encoding === 'gzip') return gzipSync(body, { level: kept ? 9 : 6 });
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: kept ? 9 : 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
}

/** Writes a whole response at once: one write, a Content-Length, compressed when it is text worth compressing. */
function send(req: IncomingMessage, res: ServerResponse, status: number, headers: Headers, body: Buffer, variants?: Map<string, Buffer>): void {
  const out: Headers = { ...headers };
  delete out['transfer-encoding'];
  let payload = body;
  const type = String(out['content-type'] ?? '');
  if (body.length >= 1024 && COMPRESSIBLE.test(type) && out['content-encoding'] === undefined) {
    out.vary = out.vary ? `${String(out.vary)}, Accept-Encoding` : 'Accept-Encoding';
    const encoding = negotiate(req.headers['accept-encoding']);
    if (encoding) {
      let compressed = variants?.get(encoding);
      if (!compressed) {
        compressed = compress(body, encoding, variants !== undefined);
        variants?.set(encoding, compressed);
      }
      payload = compressed;
      out['content-encoding'] = encoding;
    }
  }
  out['content-length'] = payload.length;
  res.writeHead(status, out);
  res.end(payload);
}

function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  const found = staticFiles.get(pathname);
  if (!found || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const headers: Headers = {
    'content-type': TYPES[extname(pathname)] ?? 'application/octet-stream',
    // Astro names its built files after their content: they never change under the same name.
    'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0',
    'x-content-type-options': 'nosniff',
    etag: found.etag,
  };
  if (req.headers['if-none-match'] === found.etag) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  found.body ??= readFileSync(found.file);
  send(req, res, 200, headers, found.body, found.variants);
  return true;
}

/**
 * Lets Astro write its response into memory instead of onto the socket (the adapter writes each chunk as it comes),
 * then hands over status, headers and the whole body.
 */
function capture(res: ServerResponse, done: (status: number, headers: Headers, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let status: number | undefined;
  let written: Headers = {};
  const take = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding as BufferEncoding : 'utf8') : Buffer.from(chunk as Uint8Array));
  };
  const lastCallback = (args: unknown[]) => args.findLast((a) => typeof a === 'function') as (() => void) | undefined;
  Object.assign(res, {
    writeHead(code: number, ...rest: unknown[]) {
      status = code;
      const headers = rest.find((r) => typeof r === 'object' && r !== null) as Headers | undefined;
      if (headers) written = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
      return res;
    },
    write(chunk: unknown, ...rest: unknown[]) {
      take(chunk, rest[0]);
      lastCallback(rest)?.();
      return true;
    },
    end(chunk?: unknown, ...rest: unknown[]) {
      take(chunk, rest[0]);
      // Back to the real methods before writing for real.
      for (const name of ['writeHead', 'write', 'end'] as const) delete (res as unknown as Record<string, unknown>)[name];
      done(status ?? res.statusCode, { ...lowercase(res.getHeaders()), ...written }, Buffer.concat(chunks));
      lastCallback([chunk, ...rest])?.();
      return res;
    },
  });
}
const lowercase = (headers: Headers): Headers => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

const cache = new ResponseCache();
// A new build or a changed gemeente file makes every stored page wrong: start over. (A running server keeps its own
// build in memory; this covers a restart-free deploy and keeps the rule true whatever the deploy does.)
for (const dir of [join(root, 'dist', 'server'), join(root, 'content', 'gemeente')]) {
  try {
    watch(dir, { persistent: false }, () => cache.clear());
  } catch {
    // A production copy may ship without content/: nothing to watch there.
  }
}

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  try {
    decodeURI(url);
  } catch {
    res.writeHead(400);
    res.end('Bad request.');
    return;
  }
  const pathname = url.split('?')[0] ?? '/';
  if (serveStatic(req, res, pathname)) return;
  const cacheable = requestMayUseCache({
    method: req.method ?? 'GET', url, cookie: req.headers.cookie, authorization: req.headers.authorization,
    testClock: req.headers['x-krachtwijzer-testklok'] as string | undefined,
  });
  if (cacheable) {
    const hit = cache.get(cacheKey(url));
    if (hit) {
      send(req, res, hit.status, { ...hit.headers, [HIT_HEADER]: 'hit' }, hit.body, hit.variants);
      return;
    }
  }
  capture(res, (status, headers, body) => {
    if (cacheable && req.method === 'GET' && responseMayBeStored(status, headers)) {
      const stored = { ...headers };
      delete stored[PUBLIC_MARK];
      cache.set(cacheKey(url), status, stored, body);
    }
    delete headers[PUBLIC_MARK];
    send(req, res, status, headers, body, undefined);
  });
  void handler(req, res);
});

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
server.listen(port, host, () => console.log(JSON.stringify({ event: 'listening', url: `http://${host}:${port}` })));
