import { z } from 'zod';
import { parseKeyList } from './crypto';
import type { EngineOptions } from './db';
import { ConfigError } from './errors';

const ConfigSchema = z.object({
  /** Directory for the embedded database and the key file. */
  KRACHTWIJZER_DATA_DIR: z.string().min(1).default('./data'),
  /** 32 random bytes, base64. When unset, a key file is created in the data directory on first start. */
  KRACHTWIJZER_ENCRYPTION_KEY: z.string().optional()
    .refine((v) => v === undefined || Buffer.from(v, 'base64').length === 32, {
      error: 'must be 32 bytes in base64; make one with: node -e "console.log(crypto.randomBytes(32).toString(\'base64\'))"',
    }),
  /**
   * For rotating keys: base64 keys of 32 bytes separated by commas, the current key first, then the previous ones
   * (they are only read). Instead of KRACHTWIJZER_ENCRYPTION_KEY; see `npm run loket -- sleutel roteer`.
   */
  KRACHTWIJZER_ENCRYPTION_KEYS: z.string().optional()
    .refine((v) => v === undefined || (parseKeyList(v).length > 0 && parseKeyList(v).every((k) => k.length === 32)), {
      error: 'use keys of 32 bytes in base64, separated by commas, the current key first: <new key>,<previous key>',
    })
    .refine((v) => v === undefined || new Set(parseKeyList(v).map((k) => k.toString('base64'))).size === parseKeyList(v).length, {
      error: 'lists a key twice: list each key once, the current key first',
    }),
  /**
   * A PostgreSQL database, e.g. postgres://krachtwijzer:password@db.gemeente.nl:5432/krachtwijzer, for several instances
   * of the portal. Unset: the embedded SQLite file in the data directory. Needs KRACHTWIJZER_ENCRYPTION_KEY.
   */
  KRACHTWIJZER_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'use postgres://user:password@host:5432/database, or leave it unset for the embedded database' }).optional(),
  /** The address people use, e.g. https://krachtwijzer.gemeente.nl. https makes cookies Secure. */
  KRACHTWIJZER_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'use the full address with http:// or https://, e.g. https://krachtwijzer.gemeente.nl' }).default('http://localhost:4321'),
  /** Days a draft is kept after its last change. */
  KRACHTWIJZER_DRAFT_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /**
   * Seconds without activity after which a draft on a shared computer is wiped (a warning comes 2 minutes before,
   * or halfway for short times). At least 40, so the warning leaves at least 20 seconds to answer (WCAG 2.2.1).
   */
  KRACHTWIJZER_GEDEELD_IDLE_SECONDS: z.coerce.number().int().min(40, { error: 'use at least 40 seconds (the warning must leave 20 seconds to answer)' }).max(7200).default(900),
  /** Minutes without activity after which a werkplek session ends (a warning comes 5 minutes before). */
  KRACHTWIJZER_LOKET_IDLE_MINUTES: z.coerce.number().int().min(6, { error: 'use at least 6 minutes (the warning comes 5 minutes before)' }).max(480).default(30),
  /** Months after "afgerond" that a melding's content is deleted (AVG retention). */
  KRACHTWIJZER_LOKET_BEWAAR_MAANDEN: z.coerce.number().int().min(1, { error: 'use a number of months, at least 1' }).max(120).default(12),
  /** Months after it was marked as handled that a "Klopt dit niet?" report is deleted. */
  KRACHTWIJZER_KLOPT_NIET_BEWAAR_MAANDEN: z.coerce.number().int({ error: 'use a whole number of months, e.g. 6' })
    .min(1, { error: 'use a number of months, at least 1' }).max(120, { error: 'use at most 120 months' }).default(6),
  /** Months after it was made that a "Klopt dit niet?" report nobody handled is deleted. */
  KRACHTWIJZER_KLOPT_NIET_OPEN_MAANDEN: z.coerce.number().int({ error: 'use a whole number of months, e.g. 12' })
    .min(1, { error: 'use a number of months, at least 1' }).max(120, { error: 'use at most 120 months' }).default(12),
  /**
   * How many reverse proxies in front of the portal add to X-Forwarded-For. 0: the socket's address is the client's.
   * Throttling (werkplek logins, "Klopt dit niet?") counts per client address, so behind a proxy set this, or everyone shares one.
   */
  KRACHTWIJZER_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(5, { error: 'use the number of proxies in front of the portal, 0 to 5' }).default(0),
  /** "Klopt dit niet?" reports stored per sender's address per hour (a dorpssteunpunt or town hall shares one address). */
  KRACHTWIJZER_KLOPT_NIET_PER_UUR: z.coerce.number().int().min(1, { error: 'use a number, at least 1' }).max(1000).default(5),
  /** Which gemeente file in content/gemeente/ to use. */
  KRACHTWIJZER_GEMEENTE: z.string().regex(/^[a-z0-9-]+$/, { error: 'use the file name without .yaml, e.g. demo' }).default('demo'),
  /**
   * The SMTP server for notification mails, e.g. smtps://user:password@smtp.gemeente.nl (TLS) or
   * smtp://smtp.gemeente.nl:587?requireTLS=true (STARTTLS). Unset: no mail is queued or sent.
   */
  KRACHTWIJZER_SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'use smtp://host:port or smtps://user:password@host, or leave it unset for no mail' }).optional(),
  /** The sender of every mail, e.g. "Krachtwijzer <noreply@gemeente.nl>". Required with KRACHTWIJZER_SMTP_URL. */
  KRACHTWIJZER_MAIL_FROM: z.string().trim().min(3).max(254).optional(),
  /** Where the loket's notification of a new melding goes. Default: the loket e-mail in the gemeente file. */
  KRACHTWIJZER_LOKET_MAIL: z.email({ error: 'use one e-mail address, e.g. wmo@gemeente.nl' }).optional(),
  /** Attempts per mail before it is marked failed; waits double from 1 minute, at most 1 hour apart. */
  KRACHTWIJZER_MAIL_POGINGEN: z.coerce.number().int().min(1).max(20, { error: 'use at most 20 attempts' }).default(8),
  /** Browser tests only: lets a request move its own clock (see server/test-clock.ts). Refused in production. */
  KRACHTWIJZER_TEST_CLOCK: z.literal('aan', { error: 'leave it unset, or use aan (browser tests only)' }).optional(),
  NODE_ENV: z.string().optional(),
}).superRefine((c, ctx) => {
  if (c.KRACHTWIJZER_SMTP_URL && !c.KRACHTWIJZER_MAIL_FROM) {
    ctx.addIssue({ code: 'custom', path: ['KRACHTWIJZER_MAIL_FROM'], message: 'set the sender of the mails, e.g. "Krachtwijzer <noreply@gemeente.nl>", when KRACHTWIJZER_SMTP_URL is set' });
  }
  if (c.KRACHTWIJZER_ENCRYPTION_KEY && c.KRACHTWIJZER_ENCRYPTION_KEYS) {
    ctx.addIssue({ code: 'custom', path: ['KRACHTWIJZER_ENCRYPTION_KEYS'], message: 'set either KRACHTWIJZER_ENCRYPTION_KEY or KRACHTWIJZER_ENCRYPTION_KEYS, not both: put the key of KRACHTWIJZER_ENCRYPTION_KEY in the list (after the new key) and unset it' });
  }
  if (c.KRACHTWIJZER_DATABASE_URL && !c.KRACHTWIJZER_ENCRYPTION_KEY && !c.KRACHTWIJZER_ENCRYPTION_KEYS) {
    ctx.addIssue({ code: 'custom', path: ['KRACHTWIJZER_ENCRYPTION_KEY'], message: 'is required with KRACHTWIJZER_DATABASE_URL (or KRACHTWIJZER_ENCRYPTION_KEYS): every instance on the database must use the same key, so it cannot be a key file per host. Make one with: node -e "console.log(crypto.randomBytes(32).toString(\'base64\'))"' });
  }
  if (c.KRACHTWIJZER_TEST_CLOCK && c.NODE_ENV === 'production') {
    ctx.addIssue({ code: 'custom', path: ['KRACHTWIJZER_TEST_CLOCK'], message: 'is for browser tests only: unset it when NODE_ENV=production' });
  }
});
export type Config = z.infer<typeof ConfigSchema>;

/** Reads the environment once, at start-up; lists every problem and how to fix it. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) throw new ConfigError(`Invalid environment:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** Where the data lives: PostgreSQL when KRACHTWIJZER_DATABASE_URL is set, else the SQLite file in the data directory. */
export function engineOptions(config: Config): EngineOptions {
  return config.KRACHTWIJZER_DATABASE_URL ? { kind: 'postgres', url: config.KRACHTWIJZER_DATABASE_URL } : { kind: 'sqlite', dataDir: config.KRACHTWIJZER_DATA_DIR };
}

/** Whether cookies get the Secure flag: whenever the portal is reached over https. */
export function secureCookies(config: Config): boolean {
  return new URL(config.KRACHTWIJZER_PUBLIC_URL).protocol === 'https:';
}
