import { engineOptions, loadConfig, type Config } from './config';
import { createCipher, loadKeys } from './crypto';
import { openEngine } from './db';
import { openSqliteDatabase, sqliteRepository } from './storage/sqlite';
import type { Repository } from './storage/repository';
import { kloptNietStore, type KloptNietStore } from './stores/klopt-niet';
import { KLOPT_NIET_LIMITS, kloptNietLimit, type KloptNietLimit } from './stores/klopt-niet-limit';
import { lacuneStore, type LacuneStore } from './stores/lacunes';
import { samenTellingen, type SamenTellingen } from './stores/samen-tellingen';
import { loketStore, type LoketStore } from './loket';
import { applyRetention } from './loket/retention';
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
  // The storage layer (src/server/db): the embedded file, or PostgreSQL when KRACHTWIJZER_DATABASE_URL is set. The
  // stores not yet moved onto it stay on the synchronous SQLite handle below, whichever engine is chosen.
  const engine = openEngine(engineOptions(config));
  engine.ready.catch((error: unknown) => {
    console.error(JSON.stringify({ event: 'storage-migration-failed', engine: engine.kind, error: error instanceof Error ? error.name : 'unknown' }));
  });
  if (engine.kind === 'postgres') {
    console.info(JSON.stringify({ event: 'storage-engine', engine: 'postgres', stores: ['klopt-niet', 'klopt-niet-limiet', 'lacunes', 'samen-tellingen'] }));
  }
  // One database for the process; each feature's repository works on it.
  const db = openSqliteDatabase(config.KRACHTWIJZER_DATA_DIR);
  // The worker reads the app's clock when it runs, so a replaced clock applies to it too.
  const mail = createMail(config, db, cipher, () => started.now());
  const repository = sqliteRepository(db, cipher, mail.onMeldingStored);
  const loket = loketStore(db, cipher, config.KRACHTWIJZER_LOKET_IDLE_MINUTES);
  const started: App = { config, repository, loket, mail, lacunes: lacuneStore(engine), kloptNiet: kloptNietStore(engine, cipher), samen: samenTellingen(engine),
    kloptNietLimit: kloptNietLimit(engine, { ...KLOPT_NIET_LIMITS, perAddress: config.KRACHTWIJZER_KLOPT_NIET_PER_UUR }),
    verder: verderStore(db, cipher, codeHasher(deriveCodeSecret(key))), storageHealthy: () => engine.healthy(), now: clockNow };
  // Expired drafts are deleted at start-up and every hour after (AVG: keep no longer than needed).
  const cleanUp = () => void repository.deleteExpiredDrafts(started.now()).catch((error: unknown) => {
    console.error(JSON.stringify({ event: 'draft-cleanup-failed', error: error instanceof Error ? error.name : 'unknown' }));
  });
  const cleanUpLoket = () => {
    loket.sessions.deleteExpired(started.now());
    loket.throttle.deleteOld(started.now());
    mail.cleanUp(started.now());
    started.verder.deleteExpired(started.now());
    const deleted = applyRetention(loket, config.KRACHTWIJZER_LOKET_BEWAAR_MAANDEN, started.now());
    if (deleted.length > 0) console.info(JSON.stringify({ event: 'retention-deleted', count: deleted.length }));
  };
  cleanUp();
  cleanUpLoket();
  setInterval(cleanUpLoket, HOUR).unref();
  setInterval(cleanUp, HOUR).unref();
  app = started;
  return app;
}
