import { createHash, randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { StageSchema, type Stage } from '@/domain/loket/roles';

/** However active, a session ends after this long: a new working day means a new login. */
export const SESSION_MAX_HOURS = 12;
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;
const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;

const SessionRowSchema = z.object({ account_id: z.string(), stage: StageSchema, created_at: z.string(), last_seen_at: z.string() });

/** The SHA-256 of a cookie value: the database never holds the value itself. */
export function sessionKey(id: string | undefined): string | undefined {
  return id && SESSION_ID.test(id) ? createHash('sha256').update(id).digest('hex') : undefined;
}

/** Werkplek sessions: a random id in the cookie, its hash here; idle and absolute timeouts. */
export function sessionStore(db: DatabaseSync, idleMinutes: number) {
  return {
    /** Starts a session; returns the cookie value. */
    create(accountId: string, stage: Stage, now: Date): string {
      const id = randomBytes(32).toString('base64url');
      db.prepare('INSERT INTO loket_sessions (id_hash, account_id, stage, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)')
        .run(sessionKey(id)!, accountId, stage, now.toISOString(), now.toISOString());
      return id;
    },
    /** The live session for a cookie value, or undefined (and then an expired one is deleted). */
    get(id: string | undefined, now: Date): { key: string; accountId: string; stage: Stage; lastSeenAt: Date } | undefined {
      const key = sessionKey(id);
      if (!key) return undefined;
      const raw = db.prepare('SELECT account_id, stage, created_at, last_seen_at FROM loket_sessions WHERE id_hash = ?').get(key);
      if (!raw) return undefined;
      const row = SessionRowSchema.parse(raw);
      const idle = now.getTime() - new Date(row.last_seen_at).getTime() > idleMinutes * MINUTE;
      const old = now.getTime() - new Date(row.created_at).getTime() > SESSION_MAX_HOURS * HOUR;
      if (idle || old) {
        db.prepare('DELETE FROM loket_sessions WHERE id_hash = ?').run(key);
        return undefined;
      }
      return { key, accountId: row.account_id, stage: row.stage, lastSeenAt: new Date(row.last_seen_at) };
    },
    /** Marks activity: the idle timeout starts again. */
    touch(key: string, now: Date): void {
      db.prepare('UPDATE loket_sessions SET last_seen_at = ? WHERE id_hash = ?').run(now.toISOString(), key);
    },
    setStage(key: string, stage: Stage): void {
      db.prepare('UPDATE loket_sessions SET stage = ? WHERE id_hash = ?').run(stage, key);
    },
    delete(key: string): void {
      db.prepare('DELETE FROM loket_sessions WHERE id_hash = ?').run(key);
    },
    /** "Overal uitloggen": ends every session of the account, on every device. */
    deleteAllFor(accountId: string): number {
      return Number(db.prepare('DELETE FROM loket_sessions WHERE account_id = ?').run(accountId).changes);
    },
    deleteExpired(now: Date): void {
      db.prepare('DELETE FROM loket_sessions WHERE last_seen_at <= ? OR created_at <= ?')
        .run(new Date(now.getTime() - idleMinutes * MINUTE).toISOString(), new Date(now.getTime() - SESSION_MAX_HOURS * HOUR).toISOString());
    },
  };
}
export type SessionStore = ReturnType<typeof sessionStore>;
