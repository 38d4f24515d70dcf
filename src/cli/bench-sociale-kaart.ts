// Benchmark for hulp in de buurt (not a timed test): index build time and search latency (one page of results, as
// the search page asks for it) over generated entries, and the compressed weight of the search page.
// Usage: npm run bench:sociale-kaart [-- --entries 50000]
// Needs a build (npm run build) for the page weight; the server is started on a free port and stopped again.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Aanbod } from '@/domain/sociale-kaart/schema';
import { Kaart } from '@/domain/sociale-kaart/kaart';
import { readZoekvraag } from '@/domain/sociale-kaart/zoeken';
import { readAanbod } from '@/server/sociale-kaart/read-kaart';
import { readZoekwoorden } from '@/server/sociale-kaart/read-zoekwoorden';

const count = Number(process.argv[process.argv.indexOf('--entries') + 1]) || 5000;
const kernen = ['Beilen', 'Westerbork', 'Smilde'];
const demo = readAanbod();

/** `count` entries: the demo entries over and over, with new ids, slugs and kernen. */
const aanbod: Aanbod[] = Array.from({ length: count }, (_, i) => {
  const a = demo[i % demo.length]!;
  return { organisatie: a.organisatie, service: { ...a.service, id: crypto.randomUUID(), slug: `${a.service.slug}-${i}`, name: `${a.service.name} ${i}`, kernen: [kernen[i % 3]!] } };
});

const started = performance.now();
const kaart = new Kaart(aanbod, readZoekwoorden());
const indexMs = performance.now() - started;
const queries = ['q=boodschap', 'q=boodschapen', 'q=koffie', 'q=vervoer&kern=Smilde', 'q=mantelzorg hulp', 'soort=vrijwilligers&kosten=gratis',
  'levensgebied=huishouden', 'q=wandelen&vorm=groep', 'q=geld', 'q=xyzzy', '', 'q=eenzaam', 'q=geld&page=3'];
const now = new Date();
const times: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const q of queries) {
    const t0 = performance.now();
    kaart.page(readZoekvraag(new URLSearchParams(q), kernen), now);
    times.push(performance.now() - t0);
  }
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(2);
console.log(`entries: ${count}; index built in ${indexMs.toFixed(0)} ms`);
console.log(`search latency over ${times.length} searches: p50 ${pct(50)} ms, p95 ${pct(95)} ms (aim: p95 < 20 ms)`);

// Page weight: start the built server, fetch the search page and everything it links, gzip each.
const port = 4300 + Math.floor(Math.random() * 90);
const server = spawn(process.execPath, ['src/server/serve.ts'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', KRACHTWIJZER_DATA_DIR: join(process.env.TMPDIR ?? '/tmp', `kw-bench-${port}`) },
  stdio: 'ignore',
});
try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const html = await (await fetch(`${base}/sociale-kaart?q=boodschap`)).text();
  // Stylesheets and scripts, and each island's component and renderer (astro-island component-url / renderer-url)
  // with every module they import: all that a browser loads before the page is interactive.
  const assets = [...html.matchAll(/<(?:link[^>]+href|script[^>]+src)="([^"]+\.(css|js)|\/thema\.css)"/g)].map((m) => m[1]!)
    .concat([...html.matchAll(/(?:component|renderer)-url="([^"]+\.js)"/g)].map((m) => m[1]!.replaceAll('&#38;', '&')));
  const sizes = { html: gzipSync(html).length, css: 0, js: 0 };
  const seen = new Set<string>();
  const queue = assets.map((a) => new URL(a, base).href);
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    const isJs = url.endsWith('.js');
    sizes[isJs ? 'js' : 'css'] += gzipSync(body).length;
    if (isJs) for (const m of body.toString('utf8').matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) queue.push(new URL(m[1]!, url).href);
  }
  const inlineJs = [...html.matchAll(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  sizes.js += inlineJs ? gzipSync(inlineJs).length : 0;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`search page (gzip): HTML ${kb(sizes.html)}, CSS ${kb(sizes.css)}, JS ${kb(sizes.js)} in ${[...seen].filter((u) => u.endsWith('.js')).length} modules + inline; total ${kb(sizes.html + sizes.css + sizes.js)} (aim: JS < 15 KB)`);
} finally {
  server.kill();
}
