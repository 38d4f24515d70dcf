import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { StageSchema, type Stage } from '@/domain/loket/roles';
import type { Engine } from '../db';

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

/** A live werkplek session; `key` is the hash of the cookie value. */
export interface LoketSession { key: string; accountId: string; stage: Stage; lastSeenAt: Date }

/**
 * Werkplek sessions: a random id in the cookie, its hash in the database (so every instance on it knows every
 * session); idle and absolute timeouts.
 */
export interface SessionStore {
  /** Starts a session; returns the cookie value. */
  create(accountId: string, stage: Stage, now: Date): Promise<string>;
  /** The live session for a cookie value, or undefined (and then an expired one is deleted). */
  get(id: string | undefined, now: Date): Promise<LoketSession | undefined>;
  /** Marks activity: the idle timeout starts again. */
  touch(key: string, now: Date): Promise<void>;
  setStage(key: string, stage: Stage): Promise<void>;
  delete(key: string): Promise<void>;
  /** "Overal uitloggen": ends every session of the account, on every device. Returns how many ended. */
  deleteAllFor(accountId: string): Promise<number>;
  deleteExpired(now: Date): Promise<number>;
}

export function sessionStore(engine: Engine, idleMinutes: number): SessionStore {
  const { db } = engine;
  const remove = async (key: string) => {
    await db.deleteFrom('loket_sessions').where('id_hash', '=', key).execute();
  };
  return {
    async create(accountId, stage, now) {
      const id = randomBytes(32).toString('base64url');
      await db.insertInto('loket_sessions')
        .values({ id_hash: sessionKey(id)!, account_id: accountId, stage, created_at: now.toISOString(), last_seen_at: now.toISOString() })
        .execute();
      return id;
    },
    async get(id, now) {
      const key = sessionKey(id);
      if (!key) return undefined;
      const raw = await db.selectFrom('loket_sessions').select(['account_id', 'stage', 'created_at', 'last_seen_at']).where('id_hash', '=', key).executeTakeFirst();
      if (!raw) return undefined;
      const row = SessionRowSchema.parse(raw);
      const idle = now.getTime() - new Date(row.last_seen_at).getTime() > idleMinutes * MINUTE;
      const old = now.getTime() - new Date(row.created_at).getTime() > SESSION_MAX_HOURS * HOUR;
      if (idle || old) {
        await remove(key);
        return undefined;
      }
      return { key, accountId: row.account_id, stage: row.stage, lastSeenAt: new Date(row.last_seen_at) };
    },
    async touch(key, now) {
      await db.updateTable('loket_sessions').set({ last_seen_at: now.toISOString() }).where('id_hash', '=', key).execute();
    },
    async setStage(key, stage) {
      await db.updateTable('loket_sessions').set({ stage }).where('id_hash', '=', key).execute();
    },
    delete: remove,
    async deleteAllFor(accountId) {
      const result = await db.deleteFrom('loket_sessions').where('account_id', '=', accountId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async deleteExpired(now) {
      const result = await db.deleteFrom('loket_sessions')
        .where((eb) => eb.or([
          eb('last_seen_at', '<=', new Date(now.getTime() - idleMinutes * MINUTE).toISOString()),
          eb('created_at', '<=', new Date(now.getTime() - SESSION_MAX_HOURS * HOUR).toISOString()),
        ]))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
