import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Engine } from '../db';

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

const CountSchema = z.object({ n: z.number().int() });

/** Failed-login counting in the database, so the count holds for every instance on it. */
export interface ThrottleStore {
  /** Whether this address or this IP may not try again now. */
  isBlocked(email: string, ip: string, now: Date): Promise<boolean>;
  /** Records one failed attempt; returns true when this attempt locked the address. */
  fail(email: string, ip: string, now: Date): Promise<boolean>;
  /** A successful login clears the address's count. */
  succeed(email: string): Promise<void>;
  /** A beheerder lifts the lock on an address. */
  unlock(email: string): Promise<void>;
  isLocked(email: string, now: Date): Promise<boolean>;
  deleteOld(now: Date): Promise<number>;
}

export function throttleStore(engine: Engine): ThrottleStore {
  const { db } = engine;
  const since = (now: Date) => new Date(now.getTime() - THROTTLE.windowMinutes * MINUTE).toISOString();
  const count = async (key: string, now: Date) => CountSchema.parse(await db.selectFrom('loket_login_failures')
    .select((eb) => eb.fn.countAll().as('n')).where('key', '=', key).where('at', '>', since(now)).executeTakeFirstOrThrow()).n;
  const clear = async (email: string) => {
    await db.deleteFrom('loket_login_failures').where('key', '=', accountKey(email)).execute();
  };
  const isLocked = async (email: string, now: Date) => (await count(accountKey(email), now)) >= THROTTLE.perAccount;
  return {
    async isBlocked(email, ip, now) {
      return (await isLocked(email, now)) || (await count(ipKey(ip), now)) >= THROTTLE.perIp;
    },
    async fail(email, ip, now) {
      // Exclusive: of two wrong tries at once on two instances, exactly one sees the count reach the limit.
      return engine.transaction(async (trx) => {
        await trx.insertInto('loket_login_failures').values([{ key: accountKey(email), at: now.toISOString() }, { key: ipKey(ip), at: now.toISOString() }]).execute();
        const after = CountSchema.parse(await trx.selectFrom('loket_login_failures')
          .select((eb) => eb.fn.countAll().as('n')).where('key', '=', accountKey(email)).where('at', '>', since(now)).executeTakeFirstOrThrow()).n;
        return after === THROTTLE.perAccount;
      }, { exclusive: `loket-login:${accountKey(email)}` });
    },
    succeed: clear,
    unlock: clear,
    isLocked,
    async deleteOld(now) {
      const result = await db.deleteFrom('loket_login_failures').where('at', '<=', since(now)).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
