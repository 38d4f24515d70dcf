import { z } from 'zod';
import { ConfigError } from './errors';

const ConfigSchema = z.object({
  /** Directory for the embedded database and the key file. */
  KRACHTWIJZER_DATA_DIR: z.string().min(1).default('./data'),
  /** 32 random bytes, base64. When unset, a key file is created in the data directory on first start. */
  KRACHTWIJZER_ENCRYPTION_KEY: z.string().optional()
    .refine((v) => v === undefined || Buffer.from(v, 'base64').length === 32, {
      error: 'must be 32 bytes in base64; make one with: node -e "console.log(crypto.randomBytes(32).toString(\'base64\'))"',
    }),
  /** The address people use, e.g. https://krachtwijzer.gemeente.nl. https makes cookies Secure. */
  KRACHTWIJZER_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'use the full address with http:// or https://, e.g. https://krachtwijzer.gemeente.nl' }).default('http://localhost:4321'),
  /** Days a draft is kept after its last change. */
  KRACHTWIJZER_DRAFT_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Minutes without activity after which a werkplek session ends (a warning comes 5 minutes before). */
  KRACHTWIJZER_LOKET_IDLE_MINUTES: z.coerce.number().int().min(6, { error: 'use at least 6 minutes (the warning comes 5 minutes before)' }).max(480).default(30),
  /** Months after "afgerond" that a melding's content is deleted (AVG retention). */
  KRACHTWIJZER_LOKET_BEWAAR_MAANDEN: z.coerce.number().int().min(1, { error: 'use a number of months, at least 1' }).max(120).default(12),
  /** "Klopt dit niet?" reports stored per sender's address per hour (a dorpssteunpunt or town hall shares one address). */
  KRACHTWIJZER_KLOPT_NIET_PER_UUR: z.coerce.number().int().min(1, { error: 'use a number, at least 1' }).max(1000).default(5),
  /** Which gemeente file in content/gemeente/ to use. */
  KRACHTWIJZER_GEMEENTE: z.string().regex(/^[a-z0-9-]+$/, { error: 'use the file name without .yaml, e.g. demo' }).default('demo'),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Reads the environment once, at start-up; lists every problem and how to fix it. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) throw new ConfigError(`Invalid environment:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** Whether cookies get the Secure flag: whenever the portal is reached over https. */
export function secureCookies(config: Config): boolean {
  return new URL(config.KRACHTWIJZER_PUBLIC_URL).protocol === 'https:';
}
