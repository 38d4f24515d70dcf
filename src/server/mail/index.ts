import type { Config } from '../config';
import type { Cipher } from '../crypto';
import type { Engine } from '../db';
import type { MeldingHooks } from '../storage/drafts-meldingen';
import type { MailContext } from './berichten';
import { outboxStore, type OutboxSummary } from './outbox';
import { smtpTransport } from './transport';
import { mailWorker, type MailWorker } from './worker';

/**
 * Notification mail, wired for the process. Without KRACHTWIJZER_SMTP_URL mail is off: nothing is queued (a queue
 * nobody sends would only collect inwoners' addresses), the confirmation checkbox is not offered, and the start-up
 * line says so.
 */
export function createMail(config: Config, engine: Engine, cipher: Cipher, now: () => Date) {
  const outbox = outboxStore(engine, cipher);
  const enabled = config.KRACHTWIJZER_SMTP_URL !== undefined;
  let worker: MailWorker | undefined;
  return {
    enabled,
    outbox,
    /** Queues in the transaction that stores a melding, and wakes the worker once it committed; nothing when mail is off. */
    meldingHooks: enabled ? {
      stored: (trx, melding, at) => outbox.enqueueForMelding(trx, melding, at),
      committed: () => worker?.kick(),
    } satisfies MeldingHooks : {},
    /** Starts the worker once the gemeente is known (its loket e-mail is the default address). Logs one start-up line. */
    start(gemeente: { naam: string; loket: { email: string; telefoon: string } }): void {
      if (!config.KRACHTWIJZER_SMTP_URL || !config.KRACHTWIJZER_MAIL_FROM) {
        console.info(JSON.stringify({ event: 'mail-off', reason: 'KRACHTWIJZER_SMTP_URL is not set: no notification or confirmation mail is queued or sent' }));
        return;
      }
      const context: MailContext = {
        publicUrl: config.KRACHTWIJZER_PUBLIC_URL, loketAdres: config.KRACHTWIJZER_LOKET_MAIL ?? gemeente.loket.email,
        gemeenteNaam: gemeente.naam, loketTelefoon: gemeente.loket.telefoon,
      };
      worker = mailWorker({
        outbox, context, now, maxAttempts: config.KRACHTWIJZER_MAIL_POGINGEN,
        transport: smtpTransport(config.KRACHTWIJZER_SMTP_URL, config.KRACHTWIJZER_MAIL_FROM),
      });
      const host = new URL(config.KRACHTWIJZER_SMTP_URL).host;
      console.info(JSON.stringify({ event: 'mail-on', smtp: host, attempts: config.KRACHTWIJZER_MAIL_POGINGEN }));
      worker.start();
    },
    /** For /healthz: whether mail is on, and how the queue stands. */
    async health(): Promise<{ enabled: boolean } & Partial<OutboxSummary>> {
      return enabled ? { enabled, ...(await outbox.summary()) } : { enabled };
    },
  };
}
export type Mail = ReturnType<typeof createMail>;
