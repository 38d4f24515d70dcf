import type { Config } from './config';
import type { LoketStore } from './loket';
import { applyRetention } from './loket/retention';
import { SESSION_MAX_HOURS } from './loket/sessions';
import type { OutboxStore } from './mail/outbox';
import { THROTTLE } from './loket/throttle';
import type { KloptNietStore } from './stores/klopt-niet';
import { KLOPT_NIET_LIMITS, type KloptNietLimit } from './stores/klopt-niet-limit';
import { VERDER_THROTTLE } from './verder/throttle';
import type { Repository } from './storage/repository';

/** The configuration the terms are read from. */
export type BewaarConfig = Pick<Config,
  'KRACHTWIJZER_DRAFT_DAYS' | 'KRACHTWIJZER_LOKET_BEWAAR_MAANDEN' | 'KRACHTWIJZER_LOKET_IDLE_MINUTES'
  | 'KRACHTWIJZER_KLOPT_NIET_BEWAAR_MAANDEN' | 'KRACHTWIJZER_KLOPT_NIET_OPEN_MAANDEN'>;

/** What the deletions reach: the stores of the app (or of the CLI, on the same database). */
export interface BewaarStores {
  repository: Pick<Repository, 'deleteExpiredDrafts'>;
  loket: LoketStore;
  /** The mail outbox (its sent rows). */
  outbox: Pick<OutboxStore, 'deleteSentBefore'>;
  verder: { deleteExpired(now: Date): Promise<number> };
  kloptNiet: Pick<KloptNietStore, 'deleteVerlopen'>;
  kloptNietLimit: Pick<KloptNietLimit, 'deleteOld'>;
}

/**
 * One kind of data with personal data in it (or that could be taken for it): the tables it lives in, its term and
 * how it is deleted. The beheerder's page shows `loket.bewaar.<naam>.wat` and `.termijn` (with `termijn(config)` filled
 * in); a kind without `verwijder` is kept on purpose, and its `.termijn` text says why.
 */
export interface Bewaartermijn {
  /** Stable: it names the kind in the audit line of a run and in the texts. */
  naam: string;
  tabellen: readonly string[];
  /** The numbers in the term's text, from the configuration where the term is configurable. */
  termijn(config: BewaarConfig): Record<string, number>;
  /**
   * A term of months, which no test can wait for: a run "as of another day" (`npm run loket -- bewaartermijn --op`)
   * applies it as of that day. Shorter terms (minutes to days: sessions, tries, drafts, codes) always run as of now,
   * so such a run never ends the sessions or drafts of people at work.
   */
  maanden?: true;
  /** Deletes what is past its term as of `now`; resolves with how many were deleted (and which meldingen, for those). */
  verwijder?(stores: BewaarStores, config: BewaarConfig, now: Date): Promise<number | { referenties: string[] }>;
}

const DAY = 24 * 60 * 60 * 1000;
const SENT_MAIL_DAYS = 30;
/** Months as 30.44 days, as for meldingen: a day either way does not matter for a term of months. */
const monthsAgo = (now: Date, months: number) => new Date(now.getTime() - months * 30.44 * DAY);

/** Every table that holds personal data, with its term and its deletion. Runs in this order. */
export const BEWAARTERMIJNEN: readonly Bewaartermijn[] = [
  {
    naam: 'concepten', tabellen: ['drafts'],
    termijn: (c) => ({ dagen: c.KRACHTWIJZER_DRAFT_DAYS }),
    verwijder: (s, _c, now) => s.repository.deleteExpiredDrafts(now),
  },
  {
    naam: 'meldingen', tabellen: ['meldingen', 'loket_notities', 'loket_behandeling', 'loket_historie', 'verder_plannen', 'verder_codes'],
    termijn: (c) => ({ maanden: c.KRACHTWIJZER_LOKET_BEWAAR_MAANDEN }), maanden: true,
    verwijder: async (s, c, now) => ({ referenties: await applyRetention(s.loket, c.KRACHTWIJZER_LOKET_BEWAAR_MAANDEN, now) }),
  },
  {
    naam: 'later-verder', tabellen: ['verder_codes', 'verder_toegang', 'verder_pogingen'],
    termijn: () => ({ dagen: 30, uren: Math.max(VERDER_THROTTLE.perCodeHours, VERDER_THROTTLE.perIpHours) }),
    verwijder: (s, _c, now) => s.verder.deleteExpired(now),
  },
  {
    naam: 'mail', tabellen: ['mail_outbox'],
    // Sent mails are kept 30 days for the engineer; their address was wiped when they were sent or failed.
    termijn: () => ({ dagen: SENT_MAIL_DAYS }),
    verwijder: (s, _c, now) => s.outbox.deleteSentBefore(new Date(now.getTime() - SENT_MAIL_DAYS * DAY)),
  },
  {
    naam: 'loket-sessies', tabellen: ['loket_sessions'],
    termijn: (c) => ({ minuten: c.KRACHTWIJZER_LOKET_IDLE_MINUTES, uren: SESSION_MAX_HOURS }),
    verwijder: (s, _c, now) => s.loket.sessions.deleteExpired(now),
  },
  {
    naam: 'inlogpogingen', tabellen: ['loket_login_failures'],
    termijn: () => ({ minuten: THROTTLE.windowMinutes }),
    verwijder: (s, _c, now) => s.loket.throttle.deleteOld(now),
  },
  {
    naam: 'klopt-niet', tabellen: ['klopt_niet'],
    termijn: (c) => ({ maanden: c.KRACHTWIJZER_KLOPT_NIET_BEWAAR_MAANDEN, open: c.KRACHTWIJZER_KLOPT_NIET_OPEN_MAANDEN }), maanden: true,
    verwijder: (s, c, now) => s.kloptNiet.deleteVerlopen({
      afgehandeldVoor: monthsAgo(now, c.KRACHTWIJZER_KLOPT_NIET_BEWAAR_MAANDEN), openVoor: monthsAgo(now, c.KRACHTWIJZER_KLOPT_NIET_OPEN_MAANDEN),
    }),
  },
  {
    naam: 'klopt-niet-limiet', tabellen: ['klopt_niet_limiet'],
    termijn: () => ({ minuten: KLOPT_NIET_LIMITS.windowMs / 60_000 }),
    verwijder: (s, _c, now) => s.kloptNietLimit.deleteOld(now),
  },
  // Kept on purpose (their texts say why): counts without a person, and the append-only audit log.
  { naam: 'zoek-lacunes', tabellen: ['zoek_lacunes'], termijn: () => ({}) },
  { naam: 'samen-tellingen', tabellen: ['samen_tellingen'], termijn: () => ({}) },
  { naam: 'auditlog', tabellen: ['loket_audit'], termijn: () => ({}) },
];

/** The actor and action of a run's audit line. */
export const BEWAARTERMIJN_ACTOR = 'bewaartermijn';
export const BEWAARTERMIJN_ACTION = 'bewaartermijn-uitgevoerd';

export interface BewaarRun {
  /** How many each deletion deleted, by `naam`, in the order they ran; a failed one is missing here. */
  counts: Record<string, number>;
  /** The deletions that failed. */
  failed: string[];
  /** The meldingen whose content was deleted (each also has its own `melding-verwijderd` line). */
  referenties: string[];
  /** The audit line's subject, e.g. "concepten 3, meldingen 1, klopt-niet mislukt, …". */
  subject: string;
}

/**
 * Runs every deletion of BEWAARTERMIJNEN as of `now` (the terms of months as of `op` when given). One that fails is logged (one JSON line, the error's name,
 * nothing personal) and the rest still run. Writes ONE audit line per run with each count.
 */
export async function runBewaartermijnen(stores: BewaarStores, config: BewaarConfig, now: Date, options: {
  list?: readonly Bewaartermijn[];
  /** The day the terms of months are applied as of (the CLI's --op); the audit line is written at `now`. */
  op?: Date;
  log?: (event: Record<string, unknown>) => void;
} = {}): Promise<BewaarRun> {
  const list = options.list ?? BEWAARTERMIJNEN;
  const log = options.log ?? ((event) => console.info(JSON.stringify(event)));
  const counts: Record<string, number> = {};
  const failed: string[] = [];
  const referenties: string[] = [];
  const parts: string[] = [];
  for (const termijn of list) {
    if (!termijn.verwijder) continue;
    try {
      const result = await termijn.verwijder(stores, config, termijn.maanden && options.op ? options.op : now);
      const n = typeof result === 'number' ? result : result.referenties.length;
      if (typeof result !== 'number') referenties.push(...result.referenties);
      counts[termijn.naam] = n;
      parts.push(`${termijn.naam} ${n}`);
    } catch (error) {
      failed.push(termijn.naam);
      parts.push(`${termijn.naam} mislukt`);
      log({ event: 'bewaartermijn-mislukt', soort: termijn.naam, error: error instanceof Error ? error.name : typeof error });
    }
  }
  const subject = parts.join(', ');
  await stores.loket.audit.write({ actor: BEWAARTERMIJN_ACTOR, action: BEWAARTERMIJN_ACTION, subject }, now);
  log({ event: 'bewaartermijn-uitgevoerd', counts, failed });
  return { counts, failed, referenties, subject };
}
