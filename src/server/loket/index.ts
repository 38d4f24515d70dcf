import type { DatabaseSync } from 'node:sqlite';
import type { Cipher } from '../crypto';
import { accountStore } from './accounts';
import { auditStore } from './audit';
import { behandelingStore } from './behandeling';
import { historieStore } from './historie';
import { sessionStore } from './sessions';
import { throttleStore } from './throttle';

/** Everything the werkplek stores, on the one shared database. */
export function loketStore(db: DatabaseSync, cipher: Cipher, idleMinutes: number) {
  return {
    accounts: accountStore(db, cipher),
    sessions: sessionStore(db, idleMinutes),
    throttle: throttleStore(db),
    audit: auditStore(db),
    behandeling: behandelingStore(db, cipher),
    historie: historieStore(db, cipher),
  };
}
export type LoketStore = ReturnType<typeof loketStore>;
