import { engineOptions, loadConfig, type Config } from './config';
import { createCipher, loadKeys } from './crypto';
import { openEngine } from './db';
import { scheduler } from './jobs';
import { runBewaartermijnen } from './bewaartermijnen';
import { engineRepository } from './storage/drafts-meldingen';
import type { Repository } from './storage/repository';
import { kloptNietStore, type KloptNietStore } from './stores/klopt-niet';
import { KLOPT_NIET_LIMITS, kloptNietLimit, type KloptNietLimit } from './stores/klopt-niet-limit';
import { lacuneStore, type LacuneStore } from './stores/lacunes';
import { samenTellingen, type SamenTellingen } from './stores/samen-tellingen';
import { loketStore, type LoketStore } from './loket';
import { createMail, type Mail } from './mail';
import { clockNow } from './test-clock';
import { codeHasher, deriveCodeSecret } from './verder/hash';
import { verderStore, type VerderStore } from './verder/store';

/** What every request shares: configuration and storage, created once per process. */
export interface App {
  config: Config;
  repository: Repository;
  /** Searches on hulp in de buurt that found nothing, counted per word (signaleren van lacunes). */
  lacunes: LacuneStore;
  /** "Klopt dit niet?" reports about entries, for the beheerder. */
  kloptNiet: KloptNietStore;
  /** Sent meldingen counted per month, way of filling in and dorpssteunpunt (aggregate only). */
  samen: SamenTellingen;
  /** Its rate limit, in the database: it survives a restart and holds across processes. */
  kloptNietLimit: KloptNietLimit;
  /** The werkplek's accounts, sessions, throttling and audit log. */
  loket: LoketStore;
  /** Notification and confirmation mail: the outbox and its worker (started by the middleware). */
  mail: Mail;
  /** "Later verder": resume codes and the persoonlijk plan. */
  verder: VerderStore;
  /** Whether the storage layer's database answers and is migrated (for /healthz). */
  storageHealthy(): Promise<boolean>;
  /** The clock; tests may replace it. */
  now(): Date;
}

const HOUR = 60 * 60 * 1000;
let app: App | undefined;

/** The app of this process, started on first use: reads config, opens and migrates the database. */
export function getApp(): App {
  if (app) return app;
  const config = loadConfig();
  // The current key first, then previous ones still being rotated away. Resume codes are hashed with a secret derived
  // from the oldest listed key, so adding a new key leaves open codes valid (see README, "Rotating keys").
  const keys = loadKeys(config);
  const cipher = createCipher(keys);
  const key = keys.at(-1)!;
  // The storage layer (src/server/db): the embedded file, or PostgreSQL when KRACHTWIJZER_DATABASE_URL is set.
  const engine = openEngine(engineOptions(config));
  engine.ready.catch((error: unknown) => {
    console.error(JSON.stringify({ event: 'storage-migration-failed', engine: engine.kind, error: error instanceof Error ? error.name : 'unknown' }));
  });
  console.info(JSON.stringify({ event: 'storage-engine', engine: engine.kind }));
  // The worker reads the app's clock when it runs, so a replaced clock applies to it too.
  const mail = createMail(config, engine, cipher, () => started.now());
  const repository = engineRepository(engine, cipher, mail.meldingHooks);
  const loket = loketStore(engine, cipher, config.KRACHTWIJZER_LOKET_IDLE_MINUTES);
  const started: App = { config, repository, loket, mail, lacunes: lacuneStore(engine), kloptNiet: kloptNietStore(engine, cipher), samen: samenTellingen(engine),
    kloptNietLimit: kloptNietLimit(engine, { ...KLOPT_NIET_LIMITS, perAddress: config.KRACHTWIJZER_KLOPT_NIET_PER_UUR }),
    verder: verderStore(engine, cipher, codeHasher(deriveCodeSecret(key))), storageHealthy: () => engine.healthy(), now: clockNow };
  // Hourly, once per hour across every instance on the database, and at start-up when this hour's run is still due:
  // every retention term (AVG: keep no longer than needed) in one run, so a run is one line in the audit log.
  const at = () => started.now();
  scheduler(engine, [
    { name: 'bewaartermijnen', run: () => runBewaartermijnen({ ...started, outbox: mail.outbox }, config, at()) },
  ], { periodMs: HOUR, now: at }).start();
  app = started;
  return app;
}
