import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { ReceivedMail } from '../smtp-sink';

/** Every mail the test SMTP server (tests/smtp-sink.ts, started by playwright.config.ts) has received so far. */
export function receivedMails(): ReceivedMail[] {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: run the specs through playwright.config.ts');
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  return names.map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as ReceivedMail);
}

/** Waits until a mail to `to` whose subject contains `subject` has arrived (the worker sends right after the melding). */
export async function waitForMail(to: string, subject: string): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect.poll(() => {
    found = receivedMails().find((m) => m.envelope.to.includes(to) && m.subject.includes(subject));
    return found !== undefined;
  }, { message: `a mail to ${to} about ${subject}`, timeout: 20_000 }).toBe(true);
  return found!;
}
