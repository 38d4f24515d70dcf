import type { Cipher } from '../crypto';
import type { Engine } from '../db';
import { accountStore, type AccountStore } from './accounts';
import { auditStore, type AuditStore } from './audit';
import { behandelingStore, type BehandelingStore } from './behandeling';
import { historieStore, type HistorieStore } from './historie';
import { sessionStore, type SessionStore } from './sessions';
import { throttleStore, type ThrottleStore } from './throttle';

/** Everything the werkplek stores, on the storage layer: any instance on the same database serves any request. */
export interface LoketStore {
  accounts: AccountStore;
  sessions: SessionStore;
  throttle: ThrottleStore;
  audit: AuditStore;
  behandeling: BehandelingStore;
  historie: HistorieStore;
}

export function loketStore(engine: Engine, cipher: Cipher, idleMinutes: number): LoketStore {
  return {
    accounts: accountStore(engine, cipher),
    sessions: sessionStore(engine, idleMinutes),
    throttle: throttleStore(engine),
    audit: auditStore(engine),
    behandeling: behandelingStore(engine, cipher),
    historie: historieStore(engine, cipher),
  };
}
