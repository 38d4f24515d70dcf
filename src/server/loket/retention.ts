import type { LoketStore } from '.';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Retention (AVG): meldingen afgerond longer than `months` ago lose their content. Runs at start-up and every hour.
 * The audit log records each deletion, by "bewaartermijn", without content. Returns the references deleted.
 */
export async function applyRetention(store: LoketStore, months: number, now: Date): Promise<string[]> {
  // Months as 30.44 days: a day either way does not matter for a 12-month term, and it needs no calendar maths.
  const before = new Date(now.getTime() - months * 30.44 * DAY);
  const due = await store.behandeling.afgerondVoor(before);
  for (const referentie of due) {
    await store.behandeling.deleteContent(referentie, now);
    await store.audit.write({ actor: 'bewaartermijn', action: 'melding-verwijderd', referentie, subject: 'reden: bewaartermijn' }, now);
  }
  return due;
}

/**
 * The day `npm run loket -- bewaartermijn --op <datum>` applies retention as of: today without `--op`. A date in the
 * past deletes less and is always allowed; a date in the future would delete meldingen before their term, so it is
 * refused when NODE_ENV=production (it exists to test retention end to end). Returns an error text for the CLI.
 */
export function retentionDay(op: string | undefined, now: Date, production: boolean): { ok: true; at: Date } | { ok: false; error: string } {
  if (op === undefined) return { ok: true, at: now };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(op);
  const at = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : undefined;
  if (!at || at.toISOString().slice(0, 10) !== op) return { ok: false, error: `--op ${op}: write the date as YYYY-MM-DD, e.g. 2027-12-01` };
  if (production && at.getTime() > now.getTime()) {
    return { ok: false, error: `--op ${op} is in the future: refused with NODE_ENV=production, as it would delete meldingen before their term` };
  }
  return { ok: true, at };
}
