/**
 * A real SMTP server on loopback for the tests (smtp-server), keeping what it receives: the envelope, the raw message
 * and the parsed subject and text (mailparser). It can refuse the next recipients, as a full or broken mail server does.
 *
 * Unit tests import `startSmtpSink`. The Playwright config runs this file (`node tests/smtp-sink.ts`) as a web server:
 * it then listens on SMTP_SINK_PORT and writes each message to SMTP_SINK_DIR as `<n>.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message as the server received it. */
export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  from: string;
  to: string;
  subject: string;
  text: string;
  raw: string;
}

export interface SmtpSink {
  port: number;
  received: ReceivedMail[];
  /** The next `n` recipients are refused with this SMTP code (451: try again later). */
  refuseNext(n: number, code?: number): void;
  /** Resolves when `count` messages have arrived, or rejects after `timeoutMs`. */
  waitForCount(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export async function startSmtpSink(options: { port?: number; dir?: string } = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  let refusalCode = 451;
  const waiters: (() => void)[] = [];
  if (options.dir) mkdirSync(options.dir, { recursive: true });

  const server = new SMTPServer({
    // Plain SMTP on loopback: no STARTTLS with a self-signed certificate, no login.
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refusals > 0) {
        refusals--;
        const error = Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: refusalCode });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        void simpleParser(raw).then((parsed) => {
          const mail: ReceivedMail = {
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            from: parsed.from?.text ?? '',
            to: Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : parsed.to?.text ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            raw,
          };
          received.push(mail);
          if (options.dir) writeFileSync(join(options.dir, `${received.length}.json`), JSON.stringify(mail, null, 2));
          for (const wake of waiters.splice(0)) wake();
          callback();
        }, (error: unknown) => callback(error instanceof Error ? error : new Error('unreadable message')));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    port,
    received,
    refuseNext(n, code = 451) {
      refusals = n;
      refusalCode = code;
    },
    async waitForCount(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`Expected ${count} mails, received ${received.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => { clearTimeout(timer); resolve(); });
        });
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.main) {
  const port = Number(process.env.SMTP_SINK_PORT);
  const dir = process.env.SMTP_SINK_DIR;
  if (!port || !dir) {
    console.error('Set SMTP_SINK_PORT and SMTP_SINK_DIR');
    process.exit(2);
  }
  await startSmtpSink({ port, dir });
  console.info(`SMTP sink on 127.0.0.1:${port}, writing to ${dir}`);
}
