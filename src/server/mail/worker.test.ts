import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { draftSamenMetNetwerk } from '../../../tests/fixtures/meldingen';
import { startSmtpSink, type SmtpSink } from '../../../tests/smtp-sink';
import type { Draft } from '@/domain/melding/draft';
import { buildMelding } from '@/domain/melding/versturen';
import { createCipher } from '../crypto';
import type { Engine } from '../db';
import { forEachEngine } from '../db/testing/engines';
import type { MailContext } from './berichten';
import { CLAIM_MS, outboxStore } from './outbox';
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

let sink: SmtpSink, clock: Date, events: Record<string, unknown>[];
const cipher = createCipher(randomBytes(32));

beforeEach(async () => {
  sink = await startSmtpSink();
  clock = NOW;
  events = [];
});
afterEach(async () => {
  await sink.close();
});

forEachEngine('the mail worker, against a real SMTP server on loopback', ({ engine, connectAgain }) => {
  function worker(port = sink.port, maxAttempts = 4, on: Engine = engine()) {
    const outbox = outboxStore(on, cipher);
    return {
      outbox,
      enqueue: (m: Parameters<typeof outbox.enqueueForMelding>[1]) => on.transaction((trx) => outbox.enqueueForMelding(trx, m, NOW)),
      worker: mailWorker({
        outbox, context: CONTEXT, now: () => clock, maxAttempts, log: (e) => events.push(e),
        transport: smtpTransport(`smtp://127.0.0.1:${port}`, 'Krachtwijzer <noreply@middenveld.example>'),
      }),
    };
  }
  const status = async () => (await sql`SELECT kind, status, attempts, next_attempt_at, last_error FROM mail_outbox ORDER BY id`.execute(engine().db)).rows;

  test('delivers the loket notice: reference, kern and a link to the melding in the werkplek', async () => {
    const { enqueue, worker: w } = worker();
    await enqueue(buildMelding(draftSamenMetNetwerk, { referentie: 'KW-ABCD-2345', verstuurdOp: NOW, taal: 'nl' }));
    expect(await w.run()).toBe(1);
    const [mail] = sink.received;
    expect(mail?.envelope).toEqual({ from: 'noreply@middenveld.example', to: ['wmo@middenveld.example'] });
    expect(mail?.subject).toBe('Nieuwe melding KW-ABCD-2345, kern Westerbork');
    expect(mail?.text).toContain('https://krachtwijzer.middenveld.example/loket/meldingen/KW-ABCD-2345');
    expect(await status()).toMatchObject([{ status: 'verstuurd', attempts: 1 }]);
  });

  test('delivers the inwoner confirmation: the reference and the date, in their language', async () => {
    const { enqueue, worker: w } = worker();
    await enqueue(melding);
    expect(await w.run()).toBe(2);
    const bevestiging = sink.received.find((m) => m.envelope.to[0] === 'h.bakker@example.nl');
    expect(bevestiging?.subject).toBe('Uw melding KW-ABCD-2345 is ontvangen');
    expect(bevestiging?.text).toContain('Gemeente Middenveld heeft uw melding ontvangen op 1 december 2026.');
    expect(bevestiging?.text).toContain('Uw code is KW-ABCD-2345.');
  });

  test('sends no personal content: no name, no answers, no address but the recipient itself', async () => {
    const { enqueue, worker: w } = worker();
    await enqueue(melding);
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
    const { enqueue, worker: w } = worker();
    await enqueue(buildMelding(draftSamenMetNetwerk, { referentie: 'KW-ABCD-2345', verstuurdOp: NOW, taal: 'nl' }));
    sink.refuseNext(2);
    expect(await w.run()).toBe(0);
    expect(await status()).toEqual([{ kind: 'loket-nieuwe-melding', status: 'wachtend', attempts: 1, next_attempt_at: at(1).toISOString(), last_error: 'EENVELOPE 451' }]);
    clock = at(0.5);
    expect(await w.run()).toBe(0); // not due yet: nothing is attempted
    expect(await status()).toMatchObject([{ attempts: 1 }]);
    clock = at(1);
    expect(await w.run()).toBe(0);
    expect(await status()).toMatchObject([{ status: 'wachtend', attempts: 2, next_attempt_at: at(3).toISOString() }]);
    clock = at(3);
    expect(await w.run()).toBe(1);
    expect(await status()).toMatchObject([{ status: 'verstuurd', attempts: 3, last_error: null }]);
    expect(sink.received).toHaveLength(1);
  });

  test('gives up after the last attempt: marked failed, logged with codes only, visible in the summary', async () => {
    const { outbox, enqueue, worker: w } = worker(sink.port, 3);
    await enqueue(melding);
    sink.refuseNext(100, 550);
    for (const minutes of [0, 1, 3]) {
      clock = at(minutes);
      await w.run();
    }
    expect(await status()).toMatchObject([{ status: 'mislukt', attempts: 3 }, { status: 'mislukt', attempts: 3 }]);
    expect(await outbox.summary()).toMatchObject({ wachtend: 0, mislukt: 2 });
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
    await first.enqueue(melding);
    expect(await first.worker.run()).toBe(0);
    expect(await status()).toMatchObject([{ status: 'wachtend', attempts: 1 }, { status: 'wachtend', attempts: 1 }]);
    await first.worker.stop();

    // The process restarts: a new connection to the same database, a new worker, and the mail server is back.
    clock = at(1);
    const second = worker(sink.port, 4, connectAgain());
    expect(await second.worker.run()).toBe(2);
    expect(sink.received.map((m) => m.envelope.to[0]).sort()).toEqual(['h.bakker@example.nl', 'wmo@middenveld.example']);
  });

  test('two workers in two processes on one database send each mail exactly once', async () => {
    const first = worker();
    const second = worker(sink.port, 4, connectAgain());
    for (let i = 0; i < 6; i++) {
      await first.enqueue(buildMelding(metBevestiging, { referentie: `KW-ABC${'DEFGHJ'[i]!}-2345`, verstuurdOp: NOW, taal: 'nl' }));
    }
    const sent = await Promise.all([first.worker.run(), second.worker.run(), first.worker.run(), second.worker.run()]);
    expect(sent[0]! + sent[1]!).toBe(12);
    expect(sink.received).toHaveLength(12);
    expect(new Set(sink.received.map((m) => `${m.envelope.to[0]} ${m.subject}`)).size).toBe(12);
    expect(await status()).toEqual(Array.from({ length: 12 }, () => expect.objectContaining({ status: 'verstuurd', attempts: 1 })));
  });

  test('a mail claimed by a worker that died is sent by another once the claim ran out', async () => {
    const first = worker();
    await first.enqueue(buildMelding(draftSamenMetNetwerk, { referentie: 'KW-ABCD-2345', verstuurdOp: NOW, taal: 'nl' }));
    expect(await first.outbox.claim(NOW)).toHaveLength(1); // claimed, then the process is gone
    const second = worker(sink.port, 4, connectAgain());
    clock = new Date(NOW.getTime() + CLAIM_MS - 1);
    expect(await second.worker.run()).toBe(0);
    clock = new Date(NOW.getTime() + CLAIM_MS);
    expect(await second.worker.run()).toBe(1);
    expect(sink.received).toHaveLength(1);
  });
});

describe('backoff', () => {
  test('doubles from the base and stops at the maximum', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((n) => backoff(n, MINUTE, 60 * MINUTE) / MINUTE)).toEqual([1, 2, 4, 8, 60, 60, 60]);
  });
});
