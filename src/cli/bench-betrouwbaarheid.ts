/**
 * `npm run bench:betrouwbaarheid` (after `npm run build`): proof under faults and load, per storage engine, on
 * loopback. A report, not a test: it prints what it measured and exits non-zero when a guarantee fails.
 *   1. Sends under SIGKILL: inwoners send meldingen (levensgebied, contact, versturen with consent) while the server
 *      is killed with SIGKILL at random moments and restarted. Every reference the confirmation page showed must
 *      exist afterwards, readable (decrypted, schema-valid) and holding what that inwoner sent; no stored melding may
 *      be unreadable, and every draft marked as sent must point to a stored melding (no half-written send).
 *   2. 200 concurrent journeys (the same journey, all at once) on a fresh server: errors, p95, and the server's
 *      resident memory (VmRSS) before and after; the target after the load is under 250 MB.
 *   3. Malformed requests over every form, /api/hsds/* and the werkplek login: random bodies, wrong content types,
 *      huge fields, bad encodings, unknown fields, other methods. No answer may be a 5xx, and the server must live.
 * The server is started the way `npm start` starts it. PostgreSQL runs in a schema of its own on the server at
 * BETROUWBAARHEID_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), dropped afterwards.
 * Arguments: `--sends 1000 --journeys 200 --malformed 10000 --engine sqlite|postgres|both` (these are the defaults,
 * except the engine: both). Environment: BETROUWBAARHEID_PORT (default 4461).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createCipher } from '../server/crypto';
import { openEngine, type EngineOptions } from '../server/db';
import { engineRepository } from '../server/storage/drafts-meldingen';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
  return inline ? inline.slice(name.length + 3) : i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const SENDS = Number(option('sends', '1000'));
const JOURNEYS = Number(option('journeys', '200'));
const MALFORMED = Number(option('malformed', '10000'));
const ENGINE = option('engine', 'both');
const PORT = Number(process.env.BETROUWBAARHEID_PORT ?? 4461);
const PG_URL = process.env.BETROUWBAARHEID_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BASE = `http://127.0.0.1:${PORT}`;
/** Inwoners sending at the same time while the server is being killed. */
const SENDERS = 8;
/** Workers firing malformed requests. */
const FIRERS = 16;
const RSS_TARGET_MB = 250;
if (![SENDS, JOURNEYS, MALFORMED].every((n) => Number.isInteger(n) && n >= 0) || !['sqlite', 'postgres', 'both'].includes(ENGINE)) {
  console.error('Usage: npm run bench:betrouwbaarheid -- [--sends N] [--journeys N] [--malformed N] [--engine sqlite|postgres|both]');
  process.exit(2);
}

const startArgs = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start.split(' ').slice(1);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rssMb = (pid: number | undefined) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

// ---------------------------------------------------------------------------------------------------------------
// The server under test

interface Target { kind: 'sqlite' | 'postgres'; env: Record<string, string>; storage: EngineOptions; key: string; cleanUp(): Promise<void> }

class Server {
  child: ChildProcess | undefined;
  ready: Promise<void> = Promise.resolve();
  starts = 0;
  constructor(private readonly env: Record<string, string>) {}

  start(): Promise<void> {
    const child = spawn(process.execPath, startArgs, {
      env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', KRACHTWIJZER_PUBLIC_URL: BASE, ...this.env },
      stdio: 'ignore',
    });
    this.child = child;
    this.starts++;
    this.ready = (async () => {
      for (let i = 0; i < 6000; i++) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited while starting (${child.exitCode ?? child.signalCode})`);
        if (await fetch(`${BASE}/healthz`).then((r) => r.status === 200, () => false)) return;
        await sleep(10);
      }
      throw new Error(`the server did not answer on ${BASE}`);
    })();
    return this.ready;
  }

  async kill(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  }

  alive(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }
}

async function targets(): Promise<Target[]> {
  const list: Target[] = [];
  if (ENGINE !== 'postgres') {
    const dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-betrouwbaarheid-'));
    const key = randomBytes(32).toString('base64');
    list.push({ kind: 'sqlite', key, env: { KRACHTWIJZER_DATA_DIR: dir, KRACHTWIJZER_ENCRYPTION_KEY: key }, storage: { kind: 'sqlite', dataDir: dir },
      cleanUp: async () => rmSync(dir, { recursive: true, force: true }) });
  }
  if (ENGINE !== 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-betrouwbaarheid-'));
    const key = randomBytes(32).toString('base64');
    const schema = `betrouwbaarheid_${randomBytes(6).toString('hex')}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try { await client.query(sql); } finally { await client.end(); }
    };
    await admin(`CREATE SCHEMA ${schema}`);
    const url = new URL(PG_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    list.push({ kind: 'postgres', key, env: { KRACHTWIJZER_DATA_DIR: dir, KRACHTWIJZER_ENCRYPTION_KEY: key, KRACHTWIJZER_DATABASE_URL: url.toString() },
      storage: { kind: 'postgres', url: url.toString() },
      cleanUp: async () => { await admin(`DROP SCHEMA ${schema} CASCADE`); rmSync(dir, { recursive: true, force: true }); } });
  }
  return list;
}

// ---------------------------------------------------------------------------------------------------------------
// An inwoner over plain HTTP: the HTML forms, posted as a browser posts them, with a cookie jar

class Inwoner {
  private readonly jar = new Map<string, string>();
  readonly times: number[] = [];

  async request(method: string, path: string, form?: Record<string, string>): Promise<Response> {
    const headers: Record<string, string> = { cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (form) Object.assign(headers, { origin: BASE, 'content-type': 'application/x-www-form-urlencoded' });
    const began = performance.now();
    const response = await fetch(`${BASE}${path}`, { method, headers, redirect: 'manual', body: form ? new URLSearchParams(form).toString() : null,
      signal: AbortSignal.timeout(60_000) });
    const body = await response.arrayBuffer();
    this.times.push(performance.now() - began);
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair!.indexOf('=');
      this.jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return new Response(response.status === 204 || response.status === 304 ? null : body, { status: response.status, headers: response.headers });
  }

  async post(path: string, form: Record<string, string>, expected = 303): Promise<void> {
    const response = await this.request('POST', path, form);
    if (response.status === expected) return;
    // The fields the error summary links to, so a refused step says why.
    const fields = [...(await response.text()).matchAll(/href="#([^"]+)"/g)].map((m) => m[1]).filter((f) => f !== 'main' && f !== 'inhoud');
    throw new JourneyError(`POST ${path} answered ${response.status}${fields.length ? ` (errors at ${[...new Set(fields)].join(', ')})` : ''}`, response.status);
  }

  /** The reference the confirmation page shows, if it shows one. */
  async confirmation(): Promise<string | undefined> {
    const response = await this.request('GET', '/melding/verstuurd');
    if (response.status !== 200) throw new JourneyError(`GET /melding/verstuurd answered ${response.status}`, response.status);
    return /data-testid="referentie">([^<]+)</.exec(await response.text())?.[1];
  }

  /** Levensgebied, contact, versturen with consent; the reference shown, or a thrown error. */
  async sendMelding(naam: string): Promise<string> {
    await this.post('/levensgebieden', { levensgebieden: 'huishouden' });
    await this.post('/melding/contact', { naam, telefoon: '0593 123456', voorkeur: 'telefoon' });
    await this.post('/melding/versturen', { 'delen-huishouden': 'delen', toestemmingContact: 'ja' });
    const referentie = await this.confirmation();
    if (!referentie) throw new JourneyError('the confirmation page showed no reference', 200);
    return referentie;
  }
}

class JourneyError extends Error {
  constructor(message: string, readonly status: number) { super(message); }
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Sends while the server is killed

interface SendsResult { confirmed: Map<string, string>; attempts: number; interrupted: number; kills: number; failures: string[]; seconds: number }

async function sendsUnderKill(server: Server): Promise<SendsResult> {
  const confirmed = new Map<string, string>();
  const failures: string[] = [];
  let attempts = 0;
  let interrupted = 0;
  let kills = 0;
  let done = false;
  const began = performance.now();
  const maxAttempts = SENDS * 3 + 100;

  const killer = (async () => {
    while (!done) {
      await sleep(randomInt(200, 2500));
      if (done) break;
      await server.kill('SIGKILL');
      kills++;
      await server.start();
    }
  })();

  const sender = async () => {
    while (confirmed.size < SENDS && attempts < maxAttempts) {
      const n = attempts++;
      const naam = `Inwoner ${n} ${randomBytes(4).toString('hex')}`;
      const inwoner = new Inwoner();
      await server.ready.catch(() => undefined);
      try {
        confirmed.set(await inwoner.sendMelding(naam), naam);
      } catch (error) {
        if (error instanceof JourneyError && error.status >= 500) failures.push(`${naam}: ${error.message}`);
        // The server died under the send: once it is back, the confirmation page shows the reference if it was stored.
        try {
          await sleep(50);
          await server.ready;
          const referentie = await inwoner.confirmation();
          if (referentie) confirmed.set(referentie, naam);
          else interrupted++;
        } catch {
          interrupted++;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: SENDERS }, sender));
  done = true;
  await killer;
  await server.ready;
  return { confirmed, attempts, interrupted, kills, failures, seconds: (performance.now() - began) / 1000 };
}

interface Verification { stored: number; missing: string[]; wrong: string[]; unreadable: string[]; dangling: string[] }

/** Reads everything back with the project's own storage layer: decrypted, schema-valid, and what was sent. */
async function verify(target: Target, confirmed: Map<string, string>): Promise<Verification> {
  const engine = openEngine(target.storage);
  await engine.ready;
  const repository = engineRepository(engine, createCipher(Buffer.from(target.key, 'base64')));
  const result: Verification = { stored: 0, missing: [], wrong: [], unreadable: [], dangling: [] };
  try {
    for (const [referentie, naam] of confirmed) {
      try {
        const melding = await repository.getMelding(referentie);
        if (!melding) result.missing.push(referentie);
        else if (melding.contact.naam !== naam || !melding.levensgebieden.includes('huishouden')) result.wrong.push(referentie);
      } catch {
        result.unreadable.push(referentie);
      }
    }
    const rows = await engine.db.selectFrom('meldingen').select('referentie').execute();
    result.stored = rows.length;
    for (const { referentie } of rows) {
      if (confirmed.has(referentie)) continue;
      await repository.getMelding(referentie).catch(() => { result.unreadable.push(referentie); });
    }
    const sent = await engine.db.selectFrom('drafts').select('sent_referentie').where('sent_referentie', 'is not', null).execute();
    const storedSet = new Set(rows.map((r) => r.referentie));
    for (const { sent_referentie } of sent) if (sent_referentie && !storedSet.has(sent_referentie)) result.dangling.push(sent_referentie);
  } finally {
    await engine.close();
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Concurrent journeys

interface JourneysResult { errors: string[]; journeyP95: number; requestP95: number; rssBefore: number; rssAfter: number; rssIdle: number; seconds: number }

async function concurrentJourneys(server: Server): Promise<JourneysResult> {
  // One journey first, so the memory before is that of a server that has served a page.
  await new Inwoner().sendMelding('Inwoner opwarmen');
  const rssBefore = rssMb(server.child?.pid);
  const errors: string[] = [];
  const journeyTimes: number[] = [];
  const requestTimes: number[] = [];
  const began = performance.now();
  await Promise.all(Array.from({ length: JOURNEYS }, async (_, i) => {
    const inwoner = new Inwoner();
    const start = performance.now();
    try {
      await inwoner.request('GET', '/');
      await inwoner.request('GET', '/levensgebieden');
      await inwoner.sendMelding(`Inwoner samen ${i}`);
      journeyTimes.push(performance.now() - start);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
    requestTimes.push(...inwoner.times);
  }));
  const seconds = (performance.now() - began) / 1000;
  const rssAfter = rssMb(server.child?.pid);
  // And once the server has been idle for ten seconds: what it keeps, not what the load had in flight.
  await sleep(10_000);
  return { errors, journeyP95: percentile(journeyTimes, 95), requestP95: percentile(requestTimes, 95), rssBefore, rssAfter, rssIdle: rssMb(server.child?.pid), seconds };
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Malformed requests

/** Every form a visitor or werkplek user can post, in two languages, and the API. */
const FORMS = ['/levensgebieden', '/levensgebieden/huishouden', '/levensgebieden/hulp-bij-kiezen', '/levensgebieden/huishouden/hulp-in-de-buurt',
  '/melding/wie', '/melding/mensen', '/melding/wensen', '/melding/gesprek', '/melding/contact', '/melding/mijn-verhaal',
  '/melding/mijn-verhaal/download', '/melding/controleren', '/melding/controleren/download', '/melding/versturen', '/melding/verstuurd', '/verder',
  '/verder/code', '/verder/uw-code', '/verder/plan', '/verder/welkom', '/wissen', '/sociale-kaart', '/sociale-kaart/resultaten',
  '/sociale-kaart/tip-boodschappen-samen-doen', '/sociale-kaart/tip-boodschappen-samen-doen/klopt-niet', '/loket', '/loket/tweede-stap',
  '/loket/tweede-stap-instellen', '/loket/wachtwoord', '/loket/uitloggen', '/loket/account', '/loket/inbox', '/loket/meldingen/ABCD-1234',
  '/loket/beheer/accounts', '/loket/beheer/klopt-niet', '/en/melding/contact', '/ar/levensgebieden', '/tr/melding/versturen', '/pl/verder/code'];
const API = ['/api/hsds', '/api/hsds/services', '/api/hsds/services/tip-boodschappen-samen-doen', '/api/hsds/services/%00', '/api/hsds/organizations',
  '/api/hsds/taxonomies', '/api/hsds/taxonomy_terms'];
const FIELDS = ['levensgebieden', 'naam', 'telefoon', 'email', 'voorkeur', 'kern', 'woonplaats', 'postcode', 'straat', 'toestemmingContact',
  'delen-huishouden', 'actie', 'code', 'gebruikersnaam', 'wachtwoord', 'q', 'toelichting', 'wie', 'verhaal', 'bevestigingPerEmail', '_csrf'];
const QUERIES = ['', '?page=-1', '?per_page=99999999999', '?page=abc&per_page=%', '?q=%E0%A4%A', '?q=' + 'x'.repeat(20_000), '?taxonomy_id[]=1',
  '?terug=//evil.example', '?terug=%2F%2Fevil', '?q=%00%ff', '?page=1e400'];
const METHODS = ['GET', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];
const pick = <T>(list: readonly T[]): T => list[randomInt(list.length)]!;

function randomValue(): string {
  switch (randomInt(8)) {
    case 0: return 'x'.repeat(randomInt(1, 200_000));
    case 1: return randomBytes(randomInt(1, 200)).toString('latin1');
    case 2: return '\u0000\u202e\ud800';
    case 3: return '<script>alert(1)</script>';
    case 4: return String(randomInt(-1e9, 1e9));
    case 5: return 'ja';
    case 6: return '';
    default: return pick(['huishouden', 'delen', 'telefoon', 'later', 'autosave', 'anders', 'ABCD-EFGH']);
  }
}

/** A broken request of a random kind: what it is, and what to send. */
function malformed(cookies: string[]): { label: string; path: string; init: RequestInit } {
  const api = randomInt(4) === 0;
  const path = (api ? pick(API) : pick(FORMS)) + (randomInt(3) === 0 ? pick(QUERIES) : '');
  const method = pick(METHODS);
  const headers: Record<string, string> = {};
  if (randomInt(5) !== 0) headers.origin = randomInt(10) === 0 ? 'http://evil.example' : BASE;
  if (randomInt(2) === 0) headers.cookie = pick(cookies);
  let body: BodyInit | null = null;
  let kind = 'none';
  if (method !== 'GET' && method !== 'HEAD') {
    const fields = () => Array.from({ length: randomInt(1, 8) }, () => [randomInt(4) === 0 ? randomBytes(6).toString('hex') : pick(FIELDS), randomValue()] as const);
    switch (randomInt(10)) {
      case 0: kind = 'random bytes, form type'; headers['content-type'] = 'application/x-www-form-urlencoded'; body = randomBytes(randomInt(1, 5000)); break;
      case 1: kind = 'bad percent encoding'; headers['content-type'] = 'application/x-www-form-urlencoded'; body = 'naam=%E0%A4%A&levensgebieden=%&%%=%zz&a=%FF%FE'; break;
      case 2: kind = 'JSON'; headers['content-type'] = 'application/json'; body = JSON.stringify(Object.fromEntries(fields())); break;
      case 3: kind = 'broken multipart'; headers['content-type'] = pick(['multipart/form-data', 'multipart/form-data; boundary=x']); body = '--x\r\nContent-Disposition: form-data; name="naam"\r\n\r\nGreet'; break;
      case 4: {
        kind = 'multipart';
        const data = new FormData();
        for (const [k, v] of fields()) data.append(k, v);
        if (randomInt(2) === 0) data.append('bestand', new Blob([randomBytes(randomInt(1, 100_000))]), 'x.bin');
        body = data;
        break;
      }
      case 5: kind = 'huge field'; headers['content-type'] = 'application/x-www-form-urlencoded'; body = `naam=${'a'.repeat(randomInt(100_000, 3_000_000))}`; break;
      case 6: kind = 'a field repeated'; headers['content-type'] = 'application/x-www-form-urlencoded'; body = Array.from({ length: 5000 }, () => `${pick(FIELDS)}=x`).join('&'); break;
      case 7: kind = 'wrong content type'; headers['content-type'] = pick(['text/plain', 'application/xml', 'image/png', 'application/x-www-form-urlencoded; charset=utf-16', 'x/y;;;=']); body = new URLSearchParams(fields().map(([k, v]) => [k, v])).toString(); break;
      case 8: kind = 'no content type'; body = randomBytes(randomInt(0, 2000)); break;
      default: kind = 'unknown and wrong fields'; headers['content-type'] = 'application/x-www-form-urlencoded'; body = new URLSearchParams(fields().map(([k, v]) => [k, v])).toString();
    }
  }
  return { label: `${method} ${path.slice(0, 80)} (${kind})`, path, init: { method, headers, body, redirect: 'manual' } };
}

interface MalformedResult { statuses: Map<number, number>; serverErrors: string[]; connectionErrors: string[]; alive: boolean; seconds: number }

async function malformedRequests(server: Server): Promise<MalformedResult> {
  // Sessions to send along: one with a draft half filled in, one that sent a melding, and cookies that mean nothing.
  const half = new Inwoner();
  await half.post('/levensgebieden', { levensgebieden: 'huishouden' });
  const sent = new Inwoner();
  await sent.sendMelding('Inwoner met cookie');
  const jar = (i: Inwoner) => (i as unknown as { jar: Map<string, string> }).jar;
  const cookies = [half, sent].map((i) => [...jar(i)].map(([k, v]) => `${k}=${v}`).join('; '));
  cookies.push('krachtwijzer_sessie=%%%; a=b', `x=${'y'.repeat(8000)}`, 'krachtwijzer_sessie=AAAA.BBBB.CCCC');
  const statuses = new Map<number, number>();
  const serverErrors: string[] = [];
  const connectionErrors: string[] = [];
  let next = 0;
  const began = performance.now();
  await Promise.all(Array.from({ length: FIRERS }, async () => {
    while (next < MALFORMED) {
      next++;
      const { label, path, init } = malformed(cookies);
      try {
        const response = await fetch(`${BASE}${path}`, { ...init, signal: AbortSignal.timeout(60_000) });
        await response.arrayBuffer().catch(() => undefined);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500) serverErrors.push(`${response.status} ${label}`);
      } catch (error) {
        // The server may close a connection on a body it refuses (too large); that is not a failure unless it died.
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
        connectionErrors.push(`${cause} ${label}`);
        if (!server.alive()) throw new Error(`the server died after ${label}`, { cause: error });
      }
    }
  }));
  return { statuses, serverErrors, connectionErrors, alive: server.alive(), seconds: (performance.now() - began) / 1000 };
}

// ---------------------------------------------------------------------------------------------------------------
// The run

const list = (items: string[], max = 5) => (items.length === 0 ? '' : `: ${items.slice(0, max).join('; ')}${items.length > max ? `; … (${items.length - max} more)` : ''}`);
let failed = false;
const check = (ok: boolean, line: string) => {
  if (!ok) failed = true;
  console.log(`${ok ? 'ok  ' : 'FOUT'} ${line}`);
};

console.log(`# Betrouwbaarheid: ${SENDS} sends under SIGKILL, ${JOURNEYS} concurrent journeys, ${MALFORMED} malformed requests`);
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average at the start ${loadavg().map((l) => l.toFixed(2)).join(', ')}; ${new Date().toISOString()}`);

for (const target of await targets()) {
  const server = new Server(target.env);
  try {
    console.log(`\n## ${target.kind === 'sqlite' ? 'SQLite (embedded file)' : 'PostgreSQL'}\n`);
    await server.start();
    if (SENDS > 0) {
      const sends = await sendsUnderKill(server);
      await server.kill('SIGKILL');
      const found = await verify(target, sends.confirmed);
      console.log(`Sends under SIGKILL: ${sends.attempts} started, ${sends.confirmed.size} confirmed to the inwoner, ${sends.interrupted} interrupted before a confirmation; `
        + `${sends.kills} kills in ${sends.seconds.toFixed(0)} s; ${found.stored} meldingen stored`);
      check(sends.failures.length === 0, `no 5xx during the sends${list(sends.failures)}`);
      check(found.missing.length === 0, `every confirmed reference is stored (${sends.confirmed.size - found.missing.length}/${sends.confirmed.size})${list(found.missing)}`);
      check(found.wrong.length === 0, `each holds what its inwoner sent${list(found.wrong)}`);
      check(found.unreadable.length === 0, `every stored melding decrypts and matches the schema (${found.stored})${list(found.unreadable)}`);
      check(found.dangling.length === 0, `no draft marked as sent without its melding${list(found.dangling)}`);
      await server.start();
    }
    if (JOURNEYS > 0) {
      await server.kill('SIGTERM');
      await server.start();
      const journeys = await concurrentJourneys(server);
      console.log(`${JOURNEYS} concurrent journeys (start page, levensgebieden, choose, contact, versturen, confirmation) in ${journeys.seconds.toFixed(1)} s: `
        + `p95 per journey ${journeys.journeyP95.toFixed(0)} ms, p95 per request ${journeys.requestP95.toFixed(0)} ms; `
        + `RSS ${journeys.rssBefore.toFixed(0)} MB before, ${journeys.rssAfter.toFixed(0)} MB after, ${journeys.rssIdle.toFixed(0)} MB after 10 s idle`);
      check(journeys.errors.length === 0, `no journey failed (${journeys.errors.length} errors)${list(journeys.errors)}`);
      console.log(`${journeys.rssAfter < RSS_TARGET_MB ? 'ok  ' : 'NIET'} RSS after the load under the ${RSS_TARGET_MB} MB target (${journeys.rssAfter.toFixed(0)} MB)`);
    }
    if (MALFORMED > 0) {
      const bad = await malformedRequests(server);
      const counted = [...bad.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', ');
      console.log(`${MALFORMED} malformed requests in ${bad.seconds.toFixed(0)} s; statuses ${counted}; connections closed by the server: ${bad.connectionErrors.length}`);
      check(bad.serverErrors.length === 0, `zero 5xx (${bad.serverErrors.length})${list(bad.serverErrors, 10)}`);
      check(bad.alive, 'the server still runs');
    }
  } catch (error) {
    failed = true;
    console.log(`FOUT the run on ${target.kind} stopped: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await server.kill('SIGTERM');
    await target.cleanUp();
  }
}
console.log(`\nLoad average at the end ${loadavg().map((l) => l.toFixed(2)).join(', ')}; ${failed ? 'a guarantee failed' : 'every guarantee held'}.`);
process.exit(failed ? 1 : 0);
