import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';

/**
 * Guessing a resume code is throttled the way the werkplek's login is (server/loket/throttle.ts: failures counted in
 * SQLite over a rolling window, keys hashed), with limits of its own: the second factor is weak (a year of birth has
 * about a hundred likely values), so a code is blocked for a whole day after a few wrong tries.
 */
export const VERDER_THROTTLE = {
  /** Wrong tries on one code (existing or not, so a block reveals nothing) within `perCodeHours`. */
  perCode: 5,
  perCodeHours: 24,
  /** Wrong tries from one IP address within `perIpHours`: generous, because a dorpssteunpunt shares one address. */
  perIp: 20,
  perIpHours: 1,
} as const;
const HOUR = 60 * 60 * 1000;

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

export type Blokkade = 'code' | 'ip' | undefined;

/** Failed tries on the shared database. `codeKey` is the code's lookup hash; the IP is hashed here. */
export function verderThrottle(db: DatabaseSync) {
  const count = (key: string, since: Date) => z.object({ n: z.number() })
    .parse(db.prepare('SELECT COUNT(*) AS n FROM verder_pogingen WHERE key = ? AND at > ?').get(key, since.toISOString())).n;
  const codeKey = (lookup: string) => `code:${lookup}`;
  const ipKey = (ip: string) => `ip:${hash(ip)}`;
  const ago = (now: Date, hours: number) => new Date(now.getTime() - hours * HOUR);
  return {
    /** Which limit, if any, stops this try. */
    blocked(lookup: string, ip: string, now: Date): Blokkade {
      if (count(codeKey(lookup), ago(now, VERDER_THROTTLE.perCodeHours)) >= VERDER_THROTTLE.perCode) return 'code';
      if (count(ipKey(ip), ago(now, VERDER_THROTTLE.perIpHours)) >= VERDER_THROTTLE.perIp) return 'ip';
      return undefined;
    },
    fail(lookup: string, ip: string, now: Date): void {
      const insert = db.prepare('INSERT INTO verder_pogingen (key, at) VALUES (?, ?)');
      insert.run(codeKey(lookup), now.toISOString());
      insert.run(ipKey(ip), now.toISOString());
    },
    deleteOld(now: Date): void {
      db.prepare('DELETE FROM verder_pogingen WHERE at <= ?').run(ago(now, Math.max(VERDER_THROTTLE.perCodeHours, VERDER_THROTTLE.perIpHours)).toISOString());
    },
  };
}
export type VerderThrottle = ReturnType<typeof verderThrottle>;
