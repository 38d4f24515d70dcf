import { composeBericht, type MailContext } from './berichten';
import type { OutboxStore, QueuedMail } from './outbox';
import { errorCode, type MailTransport } from './transport';

/** How long to wait before attempt n + 1 after n failed attempts: doubling from `baseMs`, at most `maxMs`. */
export function backoff(failedAttempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, failedAttempts - 1));
}

export interface WorkerOptions {
  outbox: OutboxStore;
  transport: MailTransport;
  context: MailContext;
  now: () => Date;
  /** Attempts before a mail is marked failed. */
  maxAttempts: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Where events go: one JSON line each, with ids and codes only. */
  log?: (event: Record<string, unknown>) => void;
}

const MINUTE = 60_000;
/** Mails claimed at once: sent one after another well within the claim (CLAIM_MS), even when each times out. */
const BATCH = 10;

/**
 * Sends what the outbox holds, one mail at a time. It claims each batch first (see OutboxStore.claim), so workers in
 * several processes on one database never send the same mail twice at the same time. A failed attempt is tried again after a doubling
 * wait; after `maxAttempts` the mail is marked "mislukt" and logged. A mail is marked sent only after the SMTP server
 * accepted it, so a crash in between sends it again after a restart (at least once, never lost).
 */
export function mailWorker(options: WorkerOptions) {
  const { outbox, transport, context, now, maxAttempts, baseDelayMs = MINUTE, maxDelayMs = 60 * MINUTE } = options;
  const log = options.log ?? ((event) => console.info(JSON.stringify(event)));
  let running: Promise<number> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  async function attempt(mail: QueuedMail): Promise<boolean> {
    try {
      await transport.send(composeBericht(mail, context));
    } catch (error) {
      const code = errorCode(error);
      const failed = mail.attempts + 1;
      if (failed >= maxAttempts) {
        await outbox.markFailed(mail.id, code, now());
        log({ event: 'mail-failed', id: mail.id, kind: mail.kind, referentie: mail.referentie, attempts: failed, error: code });
      } else {
        const next = new Date(now().getTime() + backoff(failed, baseDelayMs, maxDelayMs));
        await outbox.markRetry(mail.id, code, next);
        log({ event: 'mail-retry', id: mail.id, kind: mail.kind, referentie: mail.referentie, attempts: failed, error: code, next: next.toISOString() });
      }
      return false;
    }
    // Outside the try: a database error here is not a failed delivery (the mail went); the claim runs out and the
    // mail is sent again, at least once and never lost.
    await outbox.markSent(mail.id, now());
    log({ event: 'mail-sent', id: mail.id, kind: mail.kind, referentie: mail.referentie });
    return true;
  }

  async function drain(): Promise<number> {
    let sent = 0;
    let full: boolean;
    do {
      again = false;
      const batch = await outbox.claim(now(), BATCH);
      for (const mail of batch) if (await attempt(mail)) sent++;
      full = batch.length === BATCH;
    } while (again || full);
    return sent;
  }

  return {
    /** Sends every mail that is due now; resolves with how many were sent. Calls during a run join it. */
    run(): Promise<number> {
      if (running) {
        again = true;
        return running;
      }
      running = drain().finally(() => { running = undefined; });
      return running;
    },
    /** Runs soon, after the current transaction: called when a mail was just queued. */
    kick(): void {
      setImmediate(() => void this.run().catch((error: unknown) => log({ event: 'mail-worker-failed', error: errorCode(error) })));
    },
    /** Runs now and every `intervalMs` (for retries that came due), without keeping the process alive. */
    start(intervalMs = 15_000): void {
      this.kick();
      timer = setInterval(() => this.kick(), intervalMs);
      timer.unref();
    },
    /** Stops the timer and waits for a run in progress. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      await running;
      transport.close();
    },
  };
}
export type MailWorker = ReturnType<typeof mailWorker>;
