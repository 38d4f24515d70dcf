import { createHash, randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { PlanAanvullingSchema, type PlanAanvulling } from '@/domain/verder/plan';
import type { Cipher } from '../crypto';
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

/** Resume codes, short-lived access after sending, and persoonlijk plan additions, on the shared database. */
export function verderStore(db: DatabaseSync, cipher: Cipher, hasher: CodeHasher) {
  const planContext = (referentie: string) => `persoonlijk-plan:${referentie}`;
  const toStored = (row: z.infer<typeof CodeRowSchema>): StoredCode => ({
    lookup: row.lookup, sessionKey: row.session_key, referentie: row.referentie ?? undefined, verlooptOp: new Date(row.expires_at),
  });
  const throttle = verderThrottle(db);
  return {
    hasher,
    throttle,
    /**
     * Stores a new code for this browser's draft (or, with `referentie`, for the melding it sent). It replaces the
     * code made earlier for the same draft or melding: one code at a time.
     */
    create(input: { code: string; factor: string; sessionKey: string; referentie?: string | undefined; now: Date; verlooptOp: Date }): void {
      const { salt, check } = hasher.seal(input.code, input.factor);
      db.exec('BEGIN IMMEDIATE');
      try {
        if (input.referentie) db.prepare('DELETE FROM verder_codes WHERE referentie = ?').run(input.referentie);
        else db.prepare('DELETE FROM verder_codes WHERE session_key = ? AND referentie IS NULL').run(input.sessionKey);
        db.prepare(`INSERT INTO verder_codes (lookup, salt, check_hash, session_key, referentie, created_at, expires_at)
          VALUES (?, ?, ?, ?, ?, ?, ?)`).run(hasher.lookup(input.code), salt, check, input.sessionKey, input.referentie ?? null,
          input.now.toISOString(), input.verlooptOp.toISOString());
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    /** The code's row when code and factor both match; undefined otherwise (which of the two is never told). */
    open(code: string, factor: string): StoredCode | undefined {
      const raw = db.prepare('SELECT * FROM verder_codes WHERE lookup = ?').get(hasher.lookup(code));
      if (!raw) return undefined;
      const row = CodeRowSchema.parse(raw);
      return hasher.matches(code, factor, row.salt, row.check_hash) ? toStored(row) : undefined;
    },
    /** Whether this browser's unsent draft has a code. */
    hasDraftCode(sessionKey: string): boolean {
      return db.prepare('SELECT 1 FROM verder_codes WHERE session_key = ? AND referentie IS NULL').get(sessionKey) !== undefined;
    },
    /** Whether a sent melding has a code (made before or after sending). */
    hasMeldingCode(referentie: string): boolean {
      return db.prepare('SELECT 1 FROM verder_codes WHERE referentie = ?').get(referentie) !== undefined;
    },
    /** Whether any code hangs on this browser's session (and so dies when it is wiped). */
    hasAnyCode(sessionKey: string): boolean {
      return db.prepare('SELECT 1 FROM verder_codes WHERE session_key = ?').get(sessionKey) !== undefined;
    },
    /** Whether a code shown to this browser is still the one stored for it (a replaced or wiped code is not). */
    isCurrent(code: string, sessionKey: string): StoredCode | undefined {
      const raw = db.prepare('SELECT * FROM verder_codes WHERE lookup = ? AND session_key = ?').get(hasher.lookup(code), sessionKey);
      return raw ? toStored(CodeRowSchema.parse(raw)) : undefined;
    },
    /** Gives a browser access to the plan or status page of a code for a short while; returns the cookie value. */
    grantAccess(lookup: string, now: Date): string {
      const token = randomBytes(32).toString('base64url');
      db.prepare('INSERT INTO verder_toegang (token_hash, code_lookup, expires_at) VALUES (?, ?, ?)')
        .run(sha256(token), lookup, new Date(now.getTime() + TOEGANG_MINUTEN * MINUTE).toISOString());
      return token;
    },
    /** The code a browser's access token belongs to, while both last. */
    byAccess(token: string, now: Date): StoredCode | undefined {
      const raw = db.prepare(`SELECT c.* FROM verder_toegang t JOIN verder_codes c ON c.lookup = t.code_lookup
        WHERE t.token_hash = ? AND t.expires_at > ?`).get(sha256(token), now.toISOString());
      return raw ? toStored(CodeRowSchema.parse(raw)) : undefined;
    },
    endAccess(token: string): void {
      db.prepare('DELETE FROM verder_toegang WHERE token_hash = ?').run(sha256(token));
    },
    /** Adds a persoonlijk plan to a sent melding (encrypted, bound to the melding). */
    addPlan(referentie: string, tekst: string, now: Date): void {
      db.prepare('INSERT INTO verder_plannen (referentie, at, data) VALUES (?, ?, ?)')
        .run(referentie, now.toISOString(), cipher.encrypt(tekst, planContext(referentie)));
    },
    /** A melding's plan additions, oldest first. */
    plans(referentie: string): PlanAanvulling[] {
      return db.prepare('SELECT at, data FROM verder_plannen WHERE referentie = ? ORDER BY id').all(referentie)
        .map((r) => PlanRowSchema.parse(r))
        .map((r) => PlanAanvullingSchema.parse({ toegevoegdOp: r.at, tekst: cipher.decrypt(r.data, planContext(referentie)) }));
    },
    /** Removes unsent codes past their 30 days, old access tokens and old failed tries. */
    deleteExpired(now: Date): void {
      db.prepare('DELETE FROM verder_codes WHERE referentie IS NULL AND expires_at <= ?').run(now.toISOString());
      db.prepare('DELETE FROM verder_toegang WHERE expires_at <= ?').run(now.toISOString());
      throttle.deleteOld(now);
    },
  };
}
export type VerderStore = ReturnType<typeof verderStore>;
