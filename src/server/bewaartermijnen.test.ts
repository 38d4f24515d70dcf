import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, test } from 'vitest';
import { AUDIT_ACTIONS } from '@/domain/loket/audit';
import en from '@/i18n/locales/en.json';
import nl from '@/i18n/locales/nl.json';
import { createCipher } from './crypto';
import type { Engine } from './db';
import { forEachEngine } from './db/testing/engines';
import { loketStore } from './loket';
import { outboxStore } from './mail/outbox';
import { kloptNietStore } from './stores/klopt-niet';
import { kloptNietLimit } from './stores/klopt-niet-limit';
import { codeHasher, deriveCodeSecret } from './verder/hash';
import { verderStore } from './verder/store';
import { BEWAARTERMIJN_ACTION, BEWAARTERMIJNEN, runBewaartermijnen, type BewaarConfig, type BewaarStores } from './bewaartermijnen';
import { engineRepository } from './storage/drafts-meldingen';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = new Date('2027-06-15T12:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const key = randomBytes(32);
const cipher = createCipher(key);
const CONFIG: BewaarConfig = {
  KRACHTWIJZER_DRAFT_DAYS: 30, KRACHTWIJZER_LOKET_BEWAAR_MAANDEN: 12, KRACHTWIJZER_LOKET_IDLE_MINUTES: 30,
  KRACHTWIJZER_KLOPT_NIET_BEWAAR_MAANDEN: 6, KRACHTWIJZER_KLOPT_NIET_OPEN_MAANDEN: 12,
};

function storesOf(engine: Engine): BewaarStores {
  return {
    repository: engineRepository(engine, cipher), loket: loketStore(engine, cipher, CONFIG.KRACHTWIJZER_LOKET_IDLE_MINUTES),
    outbox: outboxStore(engine, cipher), verder: verderStore(engine, cipher, codeHasher(deriveCodeSecret(key))),
    kloptNiet: kloptNietStore(engine, cipher), kloptNietLimit: kloptNietLimit(engine),
  };
}

/** Two rows of each kind: one just past its term (`oud`), one just within it (`nieuw`). */
async function seed(engine: Engine, stores: BewaarStores) {
  const { db } = engine;
  const draft = (key: string, expires: string) => ({ session_key: key, data: 'x', sent_referentie: null, created_at: ago(40 * DAY), updated_at: ago(40 * DAY), expires_at: expires });
  await db.insertInto('drafts').values([draft('oud', ago(1)), draft('nieuw', ago(-HOUR))]).execute();
  for (const [ref, days] of [['KW-OUDD-2345', 372], ['KW-NIEU-2345', 360]] as const) {
    await db.insertInto('meldingen').values({ referentie: ref, schema_version: 1, verstuurd_op: ago(400 * DAY), data: 'x', created_at: ago(400 * DAY) }).execute();
    await db.insertInto('verder_plannen').values({ referentie: ref, at: ago(390 * DAY), data: 'x' }).execute();
    await db.insertInto('verder_codes').values({ lookup: `l-${ref}`, salt: 's', check_hash: 'c', session_key: ref, referentie: ref, created_at: ago(400 * DAY), expires_at: ago(370 * DAY) }).execute();
    await stores.loket.behandeling.setStatus(ref, 'afgerond', new Date(NOW.getTime() - days * DAY));
  }
  const code = (lookup: string, expires: string) => ({ lookup, salt: 's', check_hash: 'c', session_key: lookup, referentie: null, created_at: ago(31 * DAY), expires_at: expires });
  await db.insertInto('verder_codes').values([code('code-oud', ago(1)), code('code-nieuw', ago(-HOUR))]).execute();
  await db.insertInto('verder_pogingen').values([{ key: 'oud', at: ago(25 * HOUR) }, { key: 'nieuw', at: ago(HOUR) }]).execute();
  const mail = (referentie: string, done: string) => ({ kind: 'loket-nieuwe-melding' as const, referentie, recipient: null, payload: '{}', status: 'verstuurd' as const,
    next_attempt_at: done, created_at: done, done_at: done, last_error: null, claimed_until: null });
  await db.insertInto('mail_outbox').values([mail('oud', ago(31 * DAY)), mail('nieuw', ago(29 * DAY))]).execute();
  const account = await stores.loket.accounts.add('mw@gemeente.nl', 'loketmedewerker', 'een lang wachtwoord van mij', NOW);
  const session = (id: string, seen: string) => ({ id_hash: id, account_id: account!.id, stage: 'actief', created_at: ago(2 * HOUR), last_seen_at: seen });
  await db.insertInto('loket_sessions').values([session('oud', ago(31 * MINUTE)), session('nieuw', ago(29 * MINUTE))]).execute();
  await db.insertInto('loket_login_failures').values([{ key: 'oud', at: ago(16 * MINUTE) }, { key: 'nieuw', at: ago(14 * MINUTE) }]).execute();
  const report = (service: string, created: string, handled: string | null) => ({ service_id: service, data: 'x', created_at: created, afgehandeld_op: handled, afgehandeld_door: handled && 'b@gemeente.nl' });
  await db.insertInto('klopt_niet').values([
    report('afgehandeld-oud', ago(400 * DAY), ago(184 * DAY)), report('afgehandeld-nieuw', ago(400 * DAY), ago(180 * DAY)),
    report('open-oud', ago(367 * DAY), null), report('open-nieuw', ago(360 * DAY), null),
  ]).execute();
  await db.insertInto('klopt_niet_limiet').values([{ sleutel: 'oud', at: NOW.getTime() - 61 * MINUTE }, { sleutel: 'nieuw', at: NOW.getTime() - 59 * MINUTE }]).execute();
}

forEachEngine('retention terms in one run', ({ engine }) => {
  let stores: BewaarStores;
  beforeEach(async () => {
    stores = storesOf(engine());
    await seed(engine(), stores);
  });
  const auditLines = async () => (await stores.loket.audit.list({ pagina: 1, actie: BEWAARTERMIJN_ACTION })).entries;

  test('each listed deletion deletes what is past its term and keeps what is not', async () => {
    const { db } = engine();
    const run = await runBewaartermijnen(stores, CONFIG, NOW, { log: () => {} });
    expect(run.failed).toEqual([]);
    expect(run.counts).toEqual({
      'concepten': 1, 'meldingen': 1, 'later-verder': 2, 'mail': 1, 'loket-sessies': 1, 'inlogpogingen': 1, 'klopt-niet': 2, 'klopt-niet-limiet': 1,
    });
    expect(run.referenties).toEqual(['KW-OUDD-2345']);
    expect((await db.selectFrom('drafts').select('session_key').execute()).map((r) => r.session_key)).toEqual(['nieuw']);
    expect((await db.selectFrom('meldingen').select('referentie').execute()).map((r) => r.referentie)).toEqual(['KW-NIEU-2345']);
    // What hangs on a melding goes with its content: the persoonlijk plan and the code that opened it.
    expect((await db.selectFrom('verder_plannen').select('referentie').execute()).map((r) => r.referentie)).toEqual(['KW-NIEU-2345']);
    expect((await db.selectFrom('verder_codes').select('lookup').orderBy('lookup').execute()).map((r) => r.lookup)).toEqual(['code-nieuw', 'l-KW-NIEU-2345']);
    expect((await db.selectFrom('verder_pogingen').select('key').execute()).map((r) => r.key)).toEqual(['nieuw']);
    expect((await db.selectFrom('mail_outbox').select('referentie').execute()).map((r) => r.referentie)).toEqual(['nieuw']);
    expect((await db.selectFrom('loket_sessions').select('id_hash').execute()).map((r) => r.id_hash)).toEqual(['nieuw']);
    expect((await db.selectFrom('loket_login_failures').select('key').execute()).map((r) => r.key)).toEqual(['nieuw']);
    expect((await db.selectFrom('klopt_niet').select('service_id').orderBy('service_id').execute()).map((r) => r.service_id)).toEqual(['afgehandeld-nieuw', 'open-nieuw']);
    expect((await db.selectFrom('klopt_niet_limiet').select('sleutel').execute()).map((r) => r.sleutel)).toEqual(['nieuw']);
  });

  test('the terms of "Klopt dit niet?" come from the configuration: handled and open apart', async () => {
    const run = await runBewaartermijnen(stores, { ...CONFIG, KRACHTWIJZER_KLOPT_NIET_BEWAAR_MAANDEN: 7, KRACHTWIJZER_KLOPT_NIET_OPEN_MAANDEN: 11 }, NOW, { log: () => {} });
    expect(run.counts['klopt-niet']).toBe(2);
    const left = await engine().db.selectFrom('klopt_niet').select('service_id').orderBy('service_id').execute();
    // 184 and 180 days are within 7 months; 367 and 360 days are past 11 months.
    expect(left.map((r) => r.service_id)).toEqual(['afgehandeld-nieuw', 'afgehandeld-oud']);
  });

  test('writes one audit line per run with the count of each kind, and keeps the line per deleted melding', async () => {
    await runBewaartermijnen(stores, CONFIG, NOW, { log: () => {} });
    expect(await auditLines()).toMatchObject([{
      actor: 'bewaartermijn', action: 'bewaartermijn-uitgevoerd', referentie: null,
      subject: 'concepten 1, meldingen 1, later-verder 2, mail 1, loket-sessies 1, inlogpogingen 1, klopt-niet 2, klopt-niet-limiet 1',
    }]);
    expect((await stores.loket.audit.list({ pagina: 1, actie: 'melding-verwijderd' })).entries).toMatchObject([{ actor: 'bewaartermijn', referentie: 'KW-OUDD-2345' }]);
    // A second run finds nothing, and still says so in one line.
    await runBewaartermijnen(stores, CONFIG, new Date(NOW.getTime() + 1000), { log: () => {} });
    const lines = await auditLines();
    expect(lines).toHaveLength(2);
    expect(lines[0]!.subject).toBe('concepten 0, meldingen 0, later-verder 0, mail 0, loket-sessies 0, inlogpogingen 0, klopt-niet 0, klopt-niet-limiet 0');
  });

  test('a run as of a later day applies only the terms of months as of that day; sessions and drafts go as of now', async () => {
    const { db } = engine();
    const run = await runBewaartermijnen(stores, CONFIG, NOW, { op: new Date(NOW.getTime() + 400 * DAY), log: () => {} });
    expect(run.counts).toMatchObject({ 'concepten': 1, 'meldingen': 2, 'loket-sessies': 1, 'klopt-niet': 4 });
    expect((await db.selectFrom('loket_sessions').select('id_hash').execute()).map((r) => r.id_hash)).toEqual(['nieuw']);
    expect((await auditLines())[0]!.at).toBe(NOW.toISOString());
  });

  test('a failing deletion is logged without personal data and does not stop the others', async () => {
    const events: Record<string, unknown>[] = [];
    const broken: BewaarStores = { ...stores, repository: { deleteExpiredDrafts: () => Promise.reject(new TypeError('drafts: mw@gemeente.nl')) } };
    const run = await runBewaartermijnen(broken, CONFIG, NOW, { log: (e) => events.push(e) });
    expect(run.failed).toEqual(['concepten']);
    expect(run.counts['klopt-niet']).toBe(2);
    expect(run.counts['meldingen']).toBe(1);
    expect(events).toContainEqual({ event: 'bewaartermijn-mislukt', soort: 'concepten', error: 'TypeError' });
    expect(JSON.stringify(events)).not.toContain('mw@gemeente.nl');
    expect((await auditLines())[0]!.subject).toMatch(/^concepten mislukt, meldingen 1, /);
    expect(await engine().db.selectFrom('drafts').select('session_key').execute()).toHaveLength(2);
  });
});

describe('the list of retention terms', () => {
  test('names every table that holds personal data or could be taken for it', () => {
    const listed = new Set(BEWAARTERMIJNEN.flatMap((b) => b.tabellen));
    for (const table of ['drafts', 'meldingen', 'loket_notities', 'loket_behandeling', 'loket_historie', 'verder_codes', 'verder_plannen', 'verder_toegang',
      'verder_pogingen', 'mail_outbox', 'loket_sessions', 'loket_login_failures', 'klopt_niet', 'klopt_niet_limiet', 'zoek_lacunes', 'samen_tellingen', 'loket_audit']) {
      expect(listed, table).toContain(table);
    }
  });
  test('has a text for each kind and its term in Dutch and English, with every number filled in', () => {
    for (const locale of [nl, en] as Record<string, string>[]) {
      for (const b of BEWAARTERMIJNEN) {
        expect(locale[`loket.bewaar.${b.naam}.wat`], b.naam).toBeTruthy();
        const text = locale[`loket.bewaar.${b.naam}.termijn`] ?? '';
        expect(text, b.naam).toBeTruthy();
        const placeholders = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
        expect(placeholders, b.naam).toEqual(Object.keys(b.termijn(CONFIG)).sort());
      }
      expect(locale['loket.audit.actie.bewaartermijn-uitgevoerd']).toBeTruthy();
    }
    expect(AUDIT_ACTIONS).toContain(BEWAARTERMIJN_ACTION);
  });
});
