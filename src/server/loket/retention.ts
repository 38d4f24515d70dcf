import type { LoketStore } from '.';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Retention (AVG): meldingen afgerond longer than `months` ago lose their content. Runs at start-up and every hour.
 * The audit log records each deletion, by "bewaartermijn", without content. Returns the references deleted.
 */
export function applyRetention(store: LoketStore, months: number, now: Date): string[] {
  // Months as 30.44 days: a day either way does not matter for a 12-month term, and it needs no calendar maths.
  const before = new Date(now.getTime() - months * 30.44 * DAY);
  const due = store.behandeling.afgerondVoor(before);
  for (const referentie of due) {
    store.behandeling.deleteContent(referentie, now);
    store.audit.write({ actor: 'bewaartermijn', action: 'melding-verwijderd', referentie }, now);
  }
  return due;
}
