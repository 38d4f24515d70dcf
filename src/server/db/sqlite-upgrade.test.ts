import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createCipher } from '../crypto';
import { kloptNietStore } from '../stores/klopt-niet';
import { kloptNietLimit } from '../stores/klopt-niet-limit';
import { lacuneStore } from '../stores/lacunes';
import { samenTellingen } from '../stores/samen-tellingen';
import { openSqliteEngine, SQLITE_FILE } from './sqlite';

/**
 * The four tables as the storage code before this layer created them (its synchronous stores, its migration
 * names), with rows. The layer must take such a database as it is.
 */
const OLD_SCHEMA = `
  CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL);
  CREATE TABLE zoek_lacunes (term TEXT NOT NULL, dag TEXT NOT NULL, aantal INTEGER NOT NULL, PRIMARY KEY (term, dag));
  CREATE TABLE klopt_niet (id INTEGER PRIMARY KEY AUTOINCREMENT, service_id TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT NOT NULL);
  CREATE INDEX klopt_niet_service ON klopt_niet (service_id);
  CREATE TABLE samen_tellingen (maand TEXT NOT NULL, invuller TEXT NOT NULL, dorpssteunpunt TEXT NOT NULL, aantal INTEGER NOT NULL,
    PRIMARY KEY (maand, invuller, dorpssteunpunt));
  INSERT INTO migrations VALUES ('sociale-kaart-001-lacunes', '2026-10-01T00:00:00.000Z'), ('sociale-kaart-002-klopt-niet', '2026-10-01T00:00:00.000Z'),
    ('samen-001-tellingen', '2026-10-01T00:00:00.000Z');
  INSERT INTO zoek_lacunes VALUES ('strijkservice', '2026-11-20', 3);
  INSERT INTO samen_tellingen VALUES ('2026-11', 'samen', 'Dorpssteunpunt Smilde', 4);`;
const LATER = `
  ALTER TABLE klopt_niet ADD COLUMN afgehandeld_op TEXT;
  ALTER TABLE klopt_niet ADD COLUMN afgehandeld_door TEXT;
  CREATE TABLE klopt_niet_limiet (sleutel TEXT NOT NULL, at INTEGER NOT NULL);
  CREATE INDEX klopt_niet_limiet_sleutel ON klopt_niet_limiet (sleutel, at);
  INSERT INTO migrations VALUES ('sociale-kaart-003-klopt-niet-afgehandeld', '2026-11-01T00:00:00.000Z'),
    ('sociale-kaart-004-klopt-niet-limiet', '2026-11-01T00:00:00.000Z');`;

const SERVICE = '11111111-1111-4111-8111-111111111111';
const NOW = new Date('2026-11-23T10:00:00Z');
const cipher = createCipher(randomBytes(32));
let dir: string;

/** A database as an older release left it: its schema, a report encrypted with the same key, then closed. */
function oldDatabase(schema: string) {
  const db = new DatabaseSync(join(dir, SQLITE_FILE));
  db.exec(schema);
  db.prepare('INSERT INTO klopt_niet (service_id, data, created_at) VALUES (?, ?, ?)')
    .run(SERVICE, cipher.encrypt(JSON.stringify({ watKloptNiet: 'Het adres klopt niet', contact: '' }), `klopt-niet:${SERVICE}`), '2026-11-21T09:00:00.000Z');
  db.close();
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-upgrade-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('reads the rows of a database the earlier storage code created, and applies no migration twice', async () => {
  oldDatabase(OLD_SCHEMA + LATER);
  const engine = openSqliteEngine(dir);
  await engine.ready;
  expect(await kloptNietStore(engine, cipher).list(SERVICE)).toEqual([{ report: { watKloptNiet: 'Het adres klopt niet', contact: '' }, createdAt: '2026-11-21T09:00:00.000Z' }]);
  expect(await lacuneStore(engine).list(new Date('2026-11-01T00:00:00Z'))).toEqual([{ term: 'strijkservice', aantal: 3 }]);
  expect(await samenTellingen(engine).list(new Date('2026-11-01T00:00:00Z'))).toEqual([{ maand: '2026-11', invuller: 'samen', dorpssteunpunt: 'Dorpssteunpunt Smilde', aantal: 4 }]);
  // The tables of the stores still on the synchronous handle are created (the old file had none); the four above are not touched again.
  const again = await engine.db.selectFrom('migrations').select('name').where('applied_at', '>', '2026-11-02').execute();
  expect(again.map((r) => r.name).filter((name) => /^(sociale-kaart|samen)-/.test(name))).toEqual([]);
  await engine.close();
});

test('brings a database of an older release up to date and keeps its rows', async () => {
  oldDatabase(OLD_SCHEMA);
  const engine = openSqliteEngine(dir);
  await engine.ready;
  const store = kloptNietStore(engine, cipher);
  const [report] = (await store.page({ open: true, page: 1 })).items;
  expect(report).toMatchObject({ serviceId: SERVICE, afgehandeldOp: null, report: { watKloptNiet: 'Het adres klopt niet' } });
  expect(await store.markAfgehandeld(report!.id, 'beheer@example.nl', NOW)).toBe(true);
  expect(await kloptNietLimit(engine).allow('192.0.2.1', NOW)).toBe(true);
  await engine.close();
});
