import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';

/**
 * Login throttling. Failed attempts are counted per e-mail address (known or not, so a lockout reveals nothing)
 * and per IP address, over a rolling window. Keys are hashed: the table holds no addresses.
 */
export const THROTTLE = {
  windowMinutes: 15,
  /** Five wrong tries on one address lock it for up to 15 minutes, or until a beheerder lifts the lock. */
  perAccount: 5,
  /** Generous, because a whole town hall may share one IP address. */
  perIp: 50,
} as const;
const MINUTE = 60 * 1000;

const hash = (text: string) => createHash('sha256').update(text).digest('hex');
export const accountKey = (email: string) => `account:${hash(email.trim().toLowerCase())}`;
export const ipKey = (ip: string) => `ip:${hash(ip)}`;

/** Failed-login counting on the shared database. */
export function throttleStore(db: DatabaseSync) {
  const since = (now: Date) => new Date(now.getTime() - THROTTLE.windowMinutes * MINUTE).toISOString();
  const count = (key: string, now: Date) =>
    z.object({ n: z.number() }).parse(db.prepare('SELECT COUNT(*) AS n FROM loket_login_failures WHERE key = ? AND at > ?').get(key, since(now))).n;
  return {
    /** Whether this address or this IP may not try again now. */
    isBlocked(email: string, ip: string, now: Date): boolean {
      return count(accountKey(email), now) >= THROTTLE.perAccount || count(ipKey(ip), now) >= THROTTLE.perIp;
    },
    /** Records one failed attempt; returns true when this attempt locked the address. */
    fail(email: string, ip: string, now: Date): boolean {
      const insert = db.prepare('INSERT INTO loket_login_failures (key, at) VALUES (?, ?)');
      insert.run(accountKey(email), now.toISOString());
      insert.run(ipKey(ip), now.toISOString());
      return count(accountKey(email), now) === THROTTLE.perAccount;
    },
    /** A successful login clears the address's count. */
    succeed(email: string): void {
      db.prepare('DELETE FROM loket_login_failures WHERE key = ?').run(accountKey(email));
    },
    /** A beheerder lifts the lock on an address. */
    unlock(email: string): void {
      this.succeed(email);
    },
    isLocked(email: string, now: Date): boolean {
      return count(accountKey(email), now) >= THROTTLE.perAccount;
    },
    deleteOld(now: Date): void {
      db.prepare('DELETE FROM loket_login_failures WHERE at <= ?').run(since(now));
    },
  };
}
export type ThrottleStore = ReturnType<typeof throttleStore>;
