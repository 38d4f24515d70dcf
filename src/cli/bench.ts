/**
 * `npm run bench` (after `npm run build`): one run on this machine that reports
 *   1. server speed as ratios measured side by side: every inwoner page, without and with a draft, under load
 *      (autocannon, 50 connections, loopback) on Krachtwijzer, on a minimal Astro SSR app with the same adapter
 *      sending the same bytes (built here from tests/bench/minimal-astro), and on a bare node:http server sending
 *      the same bytes; the three interleaved, three rounds, medians. Then cold start to the first 200 (Krachtwijzer
 *      next to the minimal app, three rounds each) and Krachtwijzer's resident memory after the load;
 *   2. compressed bytes (gzip -9) per inwoner page: HTML as served, CSS and JavaScript as loaded by Chromium;
 *   3. Lighthouse (mobile profile, Debian's Chromium) performance and accessibility scores of the start page.
 * It is a report, not a test: figures depend on the machine and its load, so only ratios from one run are compared.
 * Krachtwijzer is started the way `npm start` starts it.
 * Arguments: `--alleen-snelheid` skips parts 2 and 3; `--paginas=/,/uitleg` measures only those paths.
 * Environment: BENCH_PORT (default 4390; the minimal app takes +1, the bare server +2), CHROME_PATH (default
 * /usr/bin/chromium), BENCH_SECONDS (per measurement, default 3), BENCH_ROUNDS (default 3).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { gzipBytes, isInwonerPath, measurePage } from '../../tests/e2e/gates/budget';
import { openState, states } from '../../tests/e2e/states';

const port = Number(process.env.BENCH_PORT ?? 4390);
const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const speedOnly = process.argv.includes('--alleen-snelheid');
const onlyPaths = process.argv.find((a) => a.startsWith('--paginas='))?.slice('--paginas='.length).split(',');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const MINIMAL_ROOT = 'tests/bench/minimal-astro';

/** Every inwoner page an anonymous visitor and an inwoner with a draft can open (GET), in three languages. */
const PAGES = ['/', '/en/', '/ar/', '/uitleg', '/toegankelijkheid', '/privacy', '/steunpunt', '/melding/wie', '/levensgebieden',
  '/levensgebieden/hulp-bij-kiezen', '/levensgebieden/huishouden', '/ar/levensgebieden/huishouden', '/melding/mensen',
  '/melding/wensen', '/melding/gesprek', '/melding/contact', '/melding/controleren', '/melding/versturen', '/verder',
  '/verder/code', '/wissen', '/sociale-kaart', '/sociale-kaart?q=koffie', '/ar/sociale-kaart?q=koffie',
  '/sociale-kaart/tip-boodschappen-samen-doen', '/api/hsds/services'].filter((p) => !onlyPaths || onlyPaths.includes(p));

/** What `npm start` runs, so the bench measures the server people run. */
const startArgs = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start.split(' ').slice(1);
const dataDir = mkdtempSync(join(tmpdir(), 'krachtwijzer-bench-'));
const pagesFile = join(dataDir, 'pages.json');
const children = new Set<ChildProcess>();

interface Server { name: string; base: string; child: ChildProcess }

function start(name: string, args: string[], serverPort: number, env: Record<string, string> = {}): { server: Server; ready: Promise<number> } {
  const base = `http://127.0.0.1:${serverPort}`;
  const began = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, PORT: String(serverPort), HOST: '127.0.0.1', KRACHTWIJZER_DATA_DIR: dataDir, KRACHTWIJZER_PUBLIC_URL: base, BENCH_PAGES_FILE: pagesFile, ...env },
    stdio: 'ignore',
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  const ready = (async () => {
    for (let i = 0; i < 3000; i++) {
      if (await fetch(`${base}/`, { redirect: 'manual' }).then((r) => r.status === 200, () => false)) return performance.now() - began;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`${name} did not answer on ${base}`);
  })();
  return { server: { name, base, child }, ready };
}

async function stop(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill();
  await exited;
}

/** CPU time (user + system) a process has used so far, in milliseconds, from /proc (Linux). */
function cpuMs(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/**
 * Requests per second under load (50 connections for `seconds`, a warm-up second first unless warm already), and
 * the server's CPU milliseconds per request: on a machine others share, throughput follows their load, CPU per
 * request much less.
 */
async function load(server: Server, path: string, headers: Record<string, string> = {}, warm = false): Promise<{ rps: number; cpu: number; errors: number }> {
  const url = `${server.base}${path}`;
  if (!warm) await autocannon({ url, connections: 50, duration: 1, headers });
  const before = cpuMs(server.child.pid);
  const result = await autocannon({ url, connections: 50, duration: seconds, headers });
  return { rps: result.requests.average, cpu: (cpuMs(server.child.pid) - before) / Math.max(1, result.requests.total), errors: result.errors };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const rssMb = (pid: number | undefined) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

/** A draft of our own: the first step's real form post, which sets the session cookie. */
async function draftCookie(base: string): Promise<string> {
  const response = await fetch(`${base}/levensgebieden`, {
    method: 'POST', redirect: 'manual',
    headers: { Origin: base, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'levensgebieden=huishouden&levensgebieden=contact',
  });
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  if (!cookie) throw new Error(`POST /levensgebieden set no cookie (status ${response.status})`);
  return cookie;
}

/** The response as recorded for the other two servers: status, the headers that shape it, the body. */
async function record(url: string, headers: Record<string, string>) {
  const response = await fetch(url, { headers, redirect: 'manual' });
  const kept: Record<string, string> = {};
  for (const name of ['content-type', 'location']) {
    const value = response.headers.get(name);
    if (value) kept[name] = value;
  }
  return { status: response.status, headers: kept, body: await response.text() };
}

try {
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--root', MINIMAL_ROOT], { stdio: 'ignore' });
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average at the start ${loadavg().map((l) => l.toFixed(2)).join(', ')}; ${new Date().toISOString()}`);

  const ours = start('Krachtwijzer', startArgs, port);
  await ours.ready;
  const cookie = await draftCookie(ours.server.base);
  // Each page once without and once with the draft; the others get a key per variant (a query mark for the draft).
  const variants = PAGES.flatMap((path) => [{ path, draft: false }, { path, draft: true }]);
  const keyOf = (v: { path: string; draft: boolean }) => (v.draft ? `${v.path}${v.path.includes('?') ? '&' : '?'}metConcept` : v.path);
  const recorded: Record<string, Awaited<ReturnType<typeof record>>> = {};
  for (const v of variants) recorded[keyOf(v)] = await record(`${ours.server.base}${v.path}`, v.draft ? { cookie } : {});
  // The start page always: the other two are ready (and have cold-started) when it answers 200.
  recorded['/'] ??= await record(`${ours.server.base}/`, {});
  writeFileSync(pagesFile, JSON.stringify(recorded));

  const minimal = start('minimal Astro', [join(MINIMAL_ROOT, 'dist/server/entry.mjs')], port + 1);
  const bareSource = `const pages = JSON.parse(require('node:fs').readFileSync(process.env.BENCH_PAGES_FILE, 'utf8'));
require('node:http').createServer((req, res) => { const p = pages[req.url] ?? { status: 404, headers: {}, body: '' };
  res.writeHead(p.status, { ...p.headers, 'cache-control': 'no-store' }); res.end(p.body); }).listen(${port + 2}, '127.0.0.1');`;
  const bare = start('bare node:http', ['-e', bareSource], port + 2);
  await Promise.all([minimal.ready, bare.ready]);

  // The minimal app must send what Krachtwijzer sent, or the comparison means nothing.
  for (const v of variants) {
    const theirs = await record(`${minimal.server.base}${keyOf(v)}`, {});
    const mine = recorded[keyOf(v)]!;
    if (theirs.status !== mine.status || theirs.body !== mine.body) console.log(`(note: the minimal app's ${keyOf(v)} differs: ${theirs.status}, ${theirs.body.length} vs ${mine.status}, ${mine.body.length} characters)`);
  }

  console.log(`\n## Server speed (autocannon, 50 connections, ${seconds} s per measurement, ${rounds} rounds interleaved, medians)\n`);
  console.log('Ratios: Krachtwijzer\'s throughput divided by the other\'s; "CPU" ratios divide the other\'s CPU milliseconds per request by Krachtwijzer\'s (1.00: as cheap).\n');
  console.log('| page | draft | status | Krachtwijzer req/s | minimal Astro req/s | bare node:http req/s | ÷ minimal Astro | ÷ bare | CPU ms/req | CPU ÷ minimal Astro | CPU ÷ bare |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const v of variants) {
    const runs = { ours: [] as number[], minimal: [] as number[], bare: [] as number[], cpuOurs: [] as number[], cpuMinimal: [] as number[], cpuBare: [] as number[] };
    let errors = 0;
    for (let round = 0; round < rounds; round++) {
      const warm = round > 0;
      const a = await load(ours.server, v.path, v.draft ? { cookie } : {}, warm);
      const m = await load(minimal.server, keyOf(v), {}, warm);
      const b = await load(bare.server, keyOf(v), {}, warm);
      errors += a.errors;
      runs.ours.push(a.rps); runs.minimal.push(m.rps); runs.bare.push(b.rps);
      runs.cpuOurs.push(a.cpu); runs.cpuMinimal.push(m.cpu); runs.cpuBare.push(b.cpu);
    }
    const [o, m, b] = [median(runs.ours), median(runs.minimal), median(runs.bare)];
    const [co, cm, cb] = [median(runs.cpuOurs), median(runs.cpuMinimal), median(runs.cpuBare)];
    const note = errors ? ` (${errors} errors)` : '';
    console.log(`| \`${v.path}\` | ${v.draft ? 'yes' : 'no'} | ${recorded[keyOf(v)]!.status} | ${o.toFixed(0)}${note} | ${m.toFixed(0)} | ${b.toFixed(0)} | ${(o / m).toFixed(2)} | ${(o / b).toFixed(2)} | ${co.toFixed(2)} | ${(cm / co).toFixed(2)} | ${(cb / co).toFixed(2)} |`);
  }
  console.log(`\nKrachtwijzer's resident memory after the load: ${rssMb(ours.server.child.pid).toFixed(0)} MB; load average now ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
  await Promise.all([stop(ours.server), stop(minimal.server), stop(bare.server)]);

  // Cold start: from spawning the process to the first 200 on /, alternating the two apps.
  const cold: Record<'ours' | 'minimal', number[]> = { ours: [], minimal: [] };
  for (let round = 0; round < rounds; round++) {
    for (const [key, args] of [['ours', startArgs], ['minimal', [join(MINIMAL_ROOT, 'dist/server/entry.mjs')]]] as const) {
      const run = start(key, [...args], port);
      cold[key].push(await run.ready);
      await stop(run.server);
    }
  }
  const [co, cm] = [median(cold.ours), median(cold.minimal)];
  console.log(`Cold start to the first 200 (median of ${rounds}): Krachtwijzer ${co.toFixed(0)} ms, minimal Astro ${cm.toFixed(0)} ms, ratio ${(co / cm).toFixed(2)}`);

  if (!speedOnly) {
    const run = start('Krachtwijzer', startArgs, port);
    await run.ready;
    const base = run.server.base;
    // 2. Bytes per page, one row per inwoner path (its first state in tests/e2e/states.ts).
    const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS.slice(1) });
    const seen = new Set<string>();
    console.log('\n## Compressed bytes per inwoner page (gzip -9)\n\n| page | HTML | CSS | JS |\n| --- | ---: | ---: | ---: |');
    for (const state of states) {
      if (seen.has(state.path) || !isInwonerPath(state.path)) continue;
      seen.add(state.path);
      const context = await browser.newContext({ baseURL: base });
      const page = await context.newPage();
      let html = 0;
      page.on('response', (r) => {
        if (r.request().isNavigationRequest() && r.frame() === page.mainFrame() && (r.status() < 300 || r.status() >= 400)) void r.body().then((b) => { html = gzipBytes(b); }, () => {});
      });
      await openState(page, state);
      const weight = await measurePage(page);
      console.log(`| ${state.name} (\`${state.path}\`) | ${kb(html)} | ${kb(weight.css)} | ${kb(weight.js)} |`);
      await context.close();
    }
    await browser.close();

    // 3. Lighthouse, mobile profile (its default: a slow phone on a slow 4G connection, simulated).
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
    try {
      const result = await lighthouse(`${base}/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      const categories = result?.lhr.categories ?? {};
      const score = (id: string) => Math.round((categories[id]?.score ?? NaN) * 100);
      console.log(`\n## Lighthouse ${result?.lhr.lighthouseVersion}, start page, mobile\n\nperformance ${score('performance')}, accessibility ${score('accessibility')}`);
      const audits = result?.lhr.audits ?? {};
      console.log(`(first contentful paint ${audits['first-contentful-paint']?.displayValue}, largest contentful paint ${audits['largest-contentful-paint']?.displayValue}, total blocking time ${audits['total-blocking-time']?.displayValue}, cumulative layout shift ${audits['cumulative-layout-shift']?.displayValue})`);
    } finally {
      await chrome.kill();
      await stop(run.server);
    }
  }
} finally {
  for (const child of children) child.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
