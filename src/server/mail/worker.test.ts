import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { draftSamenMetNetwerk } from '../../../tests/fixtures/meldingen';
import { startSmtpSink, type SmtpSink } from '../../../tests/smtp-sink';
import type { Draft } from '@/domain/melding/draft';
import { buildMelding } from '@/domain/melding/versturen';
import { createCipher } from '../crypto';
import { openSqliteDatabase } from '../storage/sqlite';
import type { MailContext } from './berichten';
import { outboxStore } from './outbox';
import { smtpTransport } from './transport';
import { backoff, mailWorker } from './worker';

const MINUTE = 60_000;
const NOW = new Date('2026-12-01T09:30:00.000Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);
const CONTEXT: MailContext = { publicUrl: 'https://krachtwijzer.middenveld.example', loketAdres: 'wmo@middenveld.example',
  gemeenteNaam: 'Gemeente Middenveld', loketTelefoon: '0592 000 000' };
const metBevestiging: Draft = { ...draftSamenMetNetwerk, contact: { ...draftSamenMetNetwerk.contact!, bevestigingPerEmail: true } };
const melding = buildMelding(metBevestiging, { referentie: 'KW-ABCD-2345', verstuurdOp: NOW, taal: 'nl' });
/** Everything personal in the melding: none of it may travel in a mail. */
const PERSONAL = ['Henk', 'Bakker', 'h.bakker', 'scootmobiel', 'ziekenhuis', 'Ria', 'dementie', 'Buurvrouw', 'buurtbus', 'douchen', 'kaarten'];

let dir: string, db: DatabaseSync, sink: SmtpSink, clock: Date, events: Record<string, unknown>[];
const cipher = createCipher(randomBytes(32));

function worker(port = sink.port, maxAttempts = 4) {
  const outbox = outboxStore(db, cipher);
  return {
    outbox,
    worker: mailWorker({
      outbox, context: CONTEXT, now: () => clock, maxAttempts, log: (e) => events.push(e),
      transport: smtpTransport(`smtp://127.0.0.1:${port}`, 'Krachtwijzer <noreply@middenveld.example>'),
    }),
  };
}
const status = () => db.prepare('SELECT kind, status, attempts, next_attempt_at, last_error FROM mail_outbox ORDER BY id').all();

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kw-mail-'));
  db = openSqliteDatabase(dir);
  sink = await startSmtpSink();
  clock = NOW;
  events = [];
});
afterEach(async () => {
  await sink.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the mail worker, against a real SMTP server on loopback', () => {
  test('delivers the loket notice: reference, kern and a link to the melding in the werkplek', async () => {
    const { outbox, worker: w } = worker();
    outbox.enqueueForMelding(buildMelding(draftSamenMetNetwerk, { referentie: 'KW-ABCD-2345', verstuurdOp: NOW, taal: 'nl' }), NOW);
    expect(await w.run()).toBe(1);
    const [mail] = sink.received;
    expect(mail?.envelope).toEqual({ from: 'noreply@middenveld.example', to: ['wmo@middenveld.example'] });
    expect(mail?.subject).toBe('Nieuwe melding KW-ABCD-2345, kern Westerbork');
    expect(mail?.text).toContain('https://krachtwijzer.middenveld.example/loket/meldingen/KW-ABCD-2345');
    expect(status()).toMatchObject([{ status: 'verstuurd', attempts: 1 }]);
  });

  test('delivers the inwoner confirmation: the reference and the date, in their language', async () => {
    const { outbox, worker: w } = worker();
    outbox.enqueueForMelding(melding, NOW);
    expect(await w.run()).toBe(2);
    const bevestiging = sink.received.find((m) => m.envelope.to[0] === 'h.bakker@example.nl');
    expect(bevestiging?.subject).toBe('Uw melding KW-ABCD-2345 is ontvangen');
    expect(bevestiging?.text).toContain('Gemeente Middenveld heeft uw melding ontvangen op 1 december 2026.');
    expect(bevestiging?.text).toContain('Uw code is KW-ABCD-2345.');
  });

  test('sends no personal content: no name, no answers, no address but the recipient itself', async () => {
    const { outbox, worker: w } = worker();
    outbox.enqueueForMelding(melding, NOW);
    await w.run();
    expect(sink.received).toHaveLength(2);
    for (const mail of sink.received) {
      const visible = `${mail.subject}\n${mail.text}`;
      for (const word of PERSONAL) expect(visible).not.toContain(word);
    }
    const notice = sink.received.find((m) => m.envelope.to[0] === 'wmo@middenveld.example')!;
    expect(notice.raw).not.toContain('h.bakker');
  });

  test('tries again after the server refuses, waiting longer each time, until it is accepted', async () => {
    const { outbox, worker: w } = worker();
    outbox.enqueueForMelding(buildMelding(draftSamenMetNetwerk, { referentie: 'KW-ABCD-2345', verstuurdOp: NOW, taal: 'nl' }), NOW);
    sink.refuseNext(2);
    expect(await w.run()).toBe(0);
    expect(status()).toEqual([{ kind: 'loket-nieuwe-melding', status: 'wachtend', attempts: 1, next_attempt_at: at(1).toISOString(), last_error: 'EENVELOPE 451' }]);
    clock = at(0.5);
    expect(await w.run()).toBe(0); // not due yet: nothing is attempted
    expect(status()).toMatchObject([{ attempts: 1 }]);
    clock = at(1);
    expect(await w.run()).toBe(0);
    expect(status()).toMatchObject([{ status: 'wachtend', attempts: 2, next_attempt_at: at(3).toISOString() }]);
    clock = at(3);
    expect(await w.run()).toBe(1);
    expect(status()).toMatchObject([{ status: 'verstuurd', attempts: 3, last_error: null }]);
    expect(sink.received).toHaveLength(1);
  });

  test('gives up after the last attempt: marked failed, logged with codes only, visible in the summary', async () => {
    const { outbox, worker: w } = worker(sink.port, 3);
    outbox.enqueueForMelding(melding, NOW);
    sink.refuseNext(100, 550);
    for (const minutes of [0, 1, 3]) {
      clock = at(minutes);
      await w.run();
    }
    expect(status()).toMatchObject([{ status: 'mislukt', attempts: 3 }, { status: 'mislukt', attempts: 3 }]);
    expect(outbox.summary()).toMatchObject({ wachtend: 0, mislukt: 2 });
    expect(events.filter((e) => e.event === 'mail-failed')).toEqual([
      { event: 'mail-failed', id: 1, kind: 'loket-nieuwe-melding', referentie: 'KW-ABCD-2345', attempts: 3, error: 'EENVELOPE 550' },
      { event: 'mail-failed', id: 2, kind: 'inwoner-bevestiging', referentie: 'KW-ABCD-2345', attempts: 3, error: 'EENVELOPE 550' },
    ]);
    expect(JSON.stringify(events)).not.toContain('@');
    clock = at(600);
    expect(await w.run()).toBe(0);
    expect(sink.received).toEqual([]);
  });

  test('loses nothing across a restart while the mail server is down', async () => {
    const down = await startSmtpSink();
    const downPort = down.port;
    await down.close(); // nothing listens there now
    const first = worker(downPort);
    first.outbox.enqueueForMelding(melding, NOW);
    expect(await first.worker.run()).toBe(0);
    expect(status()).toMatchObject([{ status: 'wachtend', attempts: 1 }, { status: 'wachtend', attempts: 1 }]);
    await first.worker.stop();
    db.close();

    // The process restarts: a new database handle on the same file, a new worker, and the mail server is back.
    db = openSqliteDatabase(dir);
    clock = at(1);
    const second = worker();
    expect(await second.worker.run()).toBe(2);
    expect(sink.received.map((m) => m.envelope.to[0]).sort()).toEqual(['h.bakker@example.nl', 'wmo@middenveld.example']);
  });
});

describe('backoff', () => {
  test('doubles from the base and stops at the maximum', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((n) => backoff(n, MINUTE, 60 * MINUTE) / MINUTE)).toEqual([1, 2, 4, 8, 60, 60, 60]);
  });
});
