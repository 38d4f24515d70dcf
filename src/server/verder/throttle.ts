import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Engine } from '../db';

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

/** Failed tries on the storage layer (either engine). `codeKey` is the code's lookup hash; the IP is hashed here. */
export function verderThrottle(engine: Engine) {
  const { db } = engine;
  const count = async (key: string, since: Date) => z.object({ n: z.number() }).parse(await db.selectFrom('verder_pogingen')
    .select((eb) => eb.fn.countAll().as('n')).where('key', '=', key).where('at', '>', since.toISOString()).executeTakeFirstOrThrow()).n;
  const codeKey = (lookup: string) => `code:${lookup}`;
  const ipKey = (ip: string) => `ip:${hash(ip)}`;
  const ago = (now: Date, hours: number) => new Date(now.getTime() - hours * HOUR);
  return {
    /** Which limit, if any, stops this try. */
    async blocked(lookup: string, ip: string, now: Date): Promise<Blokkade> {
      if ((await count(codeKey(lookup), ago(now, VERDER_THROTTLE.perCodeHours))) >= VERDER_THROTTLE.perCode) return 'code';
      if ((await count(ipKey(ip), ago(now, VERDER_THROTTLE.perIpHours))) >= VERDER_THROTTLE.perIp) return 'ip';
      return undefined;
    },
    async fail(lookup: string, ip: string, now: Date): Promise<void> {
      const at = now.toISOString();
      await db.insertInto('verder_pogingen').values([{ key: codeKey(lookup), at }, { key: ipKey(ip), at }]).execute();
    },
    async deleteOld(now: Date): Promise<number> {
      const result = await db.deleteFrom('verder_pogingen')
        .where('at', '<=', ago(now, Math.max(VERDER_THROTTLE.perCodeHours, VERDER_THROTTLE.perIpHours)).toISOString()).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
export type VerderThrottle = ReturnType<typeof verderThrottle>;
