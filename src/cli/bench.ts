/**
 * `npm run bench` (after `npm run build`): one run on this machine that reports
 *   1. compressed bytes (gzip -9) per inwoner page: HTML as served, CSS and JavaScript as loaded by Chromium;
 *   2. throughput and p95 latency under load (autocannon, 50 connections, 10 s each, loopback only) for the start
 *      page and a journey step, next to a bare node:http server returning the same pre-rendered HTML;
 *   3. Lighthouse (mobile profile, Debian's Chromium) performance and accessibility scores of the start page.
 * It is a report, not a test: figures depend on the machine and its load.
 * Environment: BENCH_PORT (default 4390; the bare server takes any free port), CHROME_PATH (default /usr/bin/chromium),
 * BENCH_SECONDS (default 10).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Page } from '@playwright/test';
import { gzipBytes, isInwonerPath, measurePage } from '../../tests/e2e/gates/budget';
import { chooseTopics, openState, states } from '../../tests/e2e/states';

const port = Number(process.env.BENCH_PORT ?? 4390);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const base = `http://127.0.0.1:${port}`;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const dataDir = mkdtempSync(join(tmpdir(), 'krachtwijzer-bench-'));
const server = spawn(process.execPath, ['src/cli/start.mjs'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', KRACHTWIJZER_DATA_DIR: dataDir, KRACHTWIJZER_PUBLIC_URL: base },
  stdio: 'ignore',
});

/** Load under autocannon; p95 from every response time, as autocannon's own summary stops at p90 and p97.5. */
async function load(url: string, headers: Record<string, string> = {}): Promise<{ rps: number; p95: number; errors: number }> {
  const times: number[] = [];
  const instance = autocannon({ url, connections: 50, duration: seconds, headers });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  const p95 = times[Math.min(times.length - 1, Math.floor(0.95 * times.length))] ?? NaN;
  return { rps: result.requests.average, p95, errors: result.errors + result.non2xx };
}

try {
  for (let i = 0; i < 100 && !(await fetch(`${base}/healthz`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));

  // 1. Bytes per page, one row per inwoner path (its first state in tests/e2e/states.ts).
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS.slice(1) });
  const seen = new Set<string>();
  console.log('## Compressed bytes per inwoner page (gzip -9)\n\n| page | HTML | CSS | JS |\n| --- | ---: | ---: | ---: |');
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

  // 2. Throughput: the start page, and a journey step that reads and decrypts the draft on every request.
  const context = await browser.newContext({ baseURL: base });
  const page: Page = await context.newPage();
  await chooseTopics(page);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const step = '/levensgebieden/huishouden';
  const pages: Record<string, string> = { '/': await (await fetch(`${base}/`)).text(), [step]: await (await page.request.get(step)).text() };
  await browser.close();
  const bare = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(pages[req.url ?? '/'] ?? pages['/']);
  });
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
  const barePort = (bare.address() as AddressInfo).port;
  console.log(`\n## Under load (autocannon, 50 connections, ${seconds} s each, loopback)\n`);
  console.log('| page | Krachtwijzer req/s | p95 | bare node:http req/s | p95 | ratio |\n| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [path, headers] of [['/', {}], [step, { cookie }]] as const) {
    const ours = await load(`${base}${path}`, headers);
    const plain = await load(`http://127.0.0.1:${barePort}${path}`);
    const errors = ours.errors ? ` (${ours.errors} errors)` : '';
    console.log(`| \`${path}\` | ${ours.rps.toFixed(0)}${errors} | ${ours.p95.toFixed(0)} ms | ${plain.rps.toFixed(0)} | ${plain.p95.toFixed(0)} ms | ${(ours.rps / plain.rps).toFixed(2)} |`);
  }
  bare.close();

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
  }
} finally {
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
