import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { PlanAanvullingSchema, type PlanAanvulling } from '@/domain/verder/plan';
import type { Cipher } from '../crypto';
import type { Engine } from '../db';
import type { CodeHasher } from './hash';
import { verderThrottle } from './throttle';

/** A stored code as the pages need it: never the code itself. */
export interface StoredCode {
  lookup: string;
  sessionKey: string;
  referentie: string | undefined;
  verlooptOp: Date;
}

const CodeRowSchema = z.object({
  lookup: z.string(), salt: z.string(), check_hash: z.string(), session_key: z.string(),
  referentie: z.string().nullable(), expires_at: z.string(),
});
const PlanRowSchema = z.object({ at: z.string(), data: z.string() });

/** Minutes a browser may use the plan or status page after giving the code and the second factor. */
export const TOEGANG_MINUTEN = 30;
const MINUTE = 60 * 1000;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Resume codes, short-lived access after sending, and persoonlijk plan additions, on the storage layer (either engine). */
export function verderStore(engine: Engine, cipher: Cipher, hasher: CodeHasher) {
  const { db } = engine;
  const planContext = (referentie: string) => `persoonlijk-plan:${referentie}`;
  const toStored = (raw: unknown): StoredCode => {
    const row = CodeRowSchema.parse(raw);
    return { lookup: row.lookup, sessionKey: row.session_key, referentie: row.referentie ?? undefined, verlooptOp: new Date(row.expires_at) };
  };
  const codes = () => db.selectFrom('verder_codes').select(['lookup', 'salt', 'check_hash', 'session_key', 'referentie', 'expires_at']);
  const exists = async (query: Promise<unknown>) => (await query) !== undefined;
  const throttle = verderThrottle(engine);
  return {
    hasher,
    throttle,
    /**
     * Stores a new code for this browser's draft (or, with `referentie`, for the melding it sent). It replaces the
     * code made earlier for the same draft or melding: one code at a time.
     */
    async create(input: { code: string; factor: string; sessionKey: string; referentie?: string | undefined; now: Date; verlooptOp: Date }): Promise<void> {
      const { salt, check } = hasher.seal(input.code, input.factor);
      await engine.transaction(async (trx) => {
        if (input.referentie) await trx.deleteFrom('verder_codes').where('referentie', '=', input.referentie).execute();
        else await trx.deleteFrom('verder_codes').where('session_key', '=', input.sessionKey).where('referentie', 'is', null).execute();
        await trx.insertInto('verder_codes').values({
          lookup: hasher.lookup(input.code), salt, check_hash: check, session_key: input.sessionKey, referentie: input.referentie ?? null,
          created_at: input.now.toISOString(), expires_at: input.verlooptOp.toISOString(),
        }).execute();
      });
    },
    /** The code's row when code and factor both match; undefined otherwise (which of the two is never told). */
    async open(code: string, factor: string): Promise<StoredCode | undefined> {
      const raw = await codes().where('lookup', '=', hasher.lookup(code)).executeTakeFirst();
      if (!raw) return undefined;
      const row = CodeRowSchema.parse(raw);
      return hasher.matches(code, factor, row.salt, row.check_hash) ? toStored(row) : undefined;
    },
    /** Whether this browser's unsent draft has a code. */
    hasDraftCode(sessionKey: string): Promise<boolean> {
      return exists(db.selectFrom('verder_codes').select('lookup').where('session_key', '=', sessionKey).where('referentie', 'is', null).executeTakeFirst());
    },
    /** Whether a sent melding has a code (made before or after sending). */
    hasMeldingCode(referentie: string): Promise<boolean> {
      return exists(db.selectFrom('verder_codes').select('lookup').where('referentie', '=', referentie).executeTakeFirst());
    },
    /** Whether any code hangs on this browser's session (and so dies when it is wiped). */
    hasAnyCode(sessionKey: string): Promise<boolean> {
      return exists(db.selectFrom('verder_codes').select('lookup').where('session_key', '=', sessionKey).executeTakeFirst());
    },
    /** Whether a code shown to this browser is still the one stored for it (a replaced or wiped code is not). */
    async isCurrent(code: string, sessionKey: string): Promise<StoredCode | undefined> {
      const raw = await codes().where('lookup', '=', hasher.lookup(code)).where('session_key', '=', sessionKey).executeTakeFirst();
      return raw ? toStored(raw) : undefined;
    },
    /** Gives a browser access to the plan or status page of a code for a short while; returns the cookie value. */
    async grantAccess(lookup: string, now: Date): Promise<string> {
      const token = randomBytes(32).toString('base64url');
      await db.insertInto('verder_toegang')
        .values({ token_hash: sha256(token), code_lookup: lookup, expires_at: new Date(now.getTime() + TOEGANG_MINUTEN * MINUTE).toISOString() })
        .execute();
      return token;
    },
    /** The code a browser's access token belongs to, while both last. */
    async byAccess(token: string, now: Date): Promise<StoredCode | undefined> {
      const raw = await db.selectFrom('verder_toegang as t').innerJoin('verder_codes as c', 'c.lookup', 't.code_lookup')
        .select(['c.lookup', 'c.salt', 'c.check_hash', 'c.session_key', 'c.referentie', 'c.expires_at'])
        .where('t.token_hash', '=', sha256(token)).where('t.expires_at', '>', now.toISOString()).executeTakeFirst();
      return raw ? toStored(raw) : undefined;
    },
    async endAccess(token: string): Promise<void> {
      await db.deleteFrom('verder_toegang').where('token_hash', '=', sha256(token)).execute();
    },
    /** Adds a persoonlijk plan to a sent melding (encrypted, bound to the melding). */
    async addPlan(referentie: string, tekst: string, now: Date): Promise<void> {
      await db.insertInto('verder_plannen')
        .values({ referentie, at: now.toISOString(), data: cipher.encrypt(tekst, planContext(referentie)) }).execute();
    },
    /** A melding's plan additions, oldest first. */
    async plans(referentie: string): Promise<PlanAanvulling[]> {
      const rows = await db.selectFrom('verder_plannen').select(['at', 'data']).where('referentie', '=', referentie).orderBy('id').execute();
      return rows.map((r) => PlanRowSchema.parse(r))
        .map((r) => PlanAanvullingSchema.parse({ toegevoegdOp: r.at, tekst: cipher.decrypt(r.data, planContext(referentie)) }));
    },
    /** Removes unsent codes past their 30 days, old access tokens and old failed tries; resolves with the rows deleted. */
    async deleteExpired(now: Date): Promise<number> {
      const at = now.toISOString();
      const codes = await db.deleteFrom('verder_codes').where('referentie', 'is', null).where('expires_at', '<=', at).executeTakeFirst();
      const toegang = await db.deleteFrom('verder_toegang').where('expires_at', '<=', at).executeTakeFirst();
      return Number(codes.numDeletedRows) + Number(toegang.numDeletedRows) + await throttle.deleteOld(now);
    },
  };
}
export type VerderStore = ReturnType<typeof verderStore>;
