import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { RoleSchema, type Role } from '@/domain/loket/roles';
import type { Cipher } from '../crypto';
import { hashPassword } from './password';

const AccountRowSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: RoleSchema,
  password_hash: z.string(),
  must_change_password: z.number(),
  totp_secret: z.string().nullable(),
  totp_enabled: z.number(),
  totp_last_step: z.number(),
  disabled: z.number(),
  created_at: z.string(),
  must_setup_totp: z.number(),
});

/** A werkplek account. The TOTP secret is decrypted only when it is needed. */
export interface Account {
  id: string;
  email: string;
  role: Role;
  passwordHash: string;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  totpLastStep: number;
  disabled: boolean;
  createdAt: string;
  /** A beheerder removed the second step: a new one must be set up at the next login, whatever the role. */
  mustSetupTotp: boolean;
}

const toAccount = (raw: unknown): Account => {
  const r = AccountRowSchema.parse(raw);
  return {
    id: r.id, email: r.email, role: r.role, passwordHash: r.password_hash, mustChangePassword: r.must_change_password === 1,
    totpEnabled: r.totp_enabled === 1, totpLastStep: r.totp_last_step, disabled: r.disabled === 1, createdAt: r.created_at,
    mustSetupTotp: r.must_setup_totp === 1,
  };
};

/** Accounts on the shared database. */
export function accountStore(db: DatabaseSync, cipher: Cipher) {
  const totpContext = (id: string) => `totp:${id}`;
  return {
    /** Creates an account that must choose its own password at first login. False when the address is taken. */
    async add(email: string, role: Role, password: string, now: Date): Promise<Account | undefined> {
      if (this.byEmail(email)) return undefined;
      const id = randomUUID();
      db.prepare('INSERT INTO loket_accounts (id, email, role, password_hash, must_change_password, created_at) VALUES (?, ?, ?, ?, 1, ?)')
        .run(id, email, role, await hashPassword(password), now.toISOString());
      return this.byId(id);
    },
    byEmail(email: string): Account | undefined {
      const raw = db.prepare('SELECT * FROM loket_accounts WHERE email = ?').get(email);
      return raw ? toAccount(raw) : undefined;
    },
    byId(id: string): Account | undefined {
      const raw = db.prepare('SELECT * FROM loket_accounts WHERE id = ?').get(id);
      return raw ? toAccount(raw) : undefined;
    },
    list(): Account[] {
      return db.prepare('SELECT * FROM loket_accounts ORDER BY email').all().map(toAccount);
    },
    async setPassword(id: string, password: string): Promise<void> {
      db.prepare('UPDATE loket_accounts SET password_hash = ?, must_change_password = 0 WHERE id = ?').run(await hashPassword(password), id);
    },
    /** Stores a secret that is not in use until `enableTotp`. */
    setPendingTotp(id: string, secret: string): void {
      db.prepare('UPDATE loket_accounts SET totp_secret = ?, totp_enabled = 0 WHERE id = ?').run(cipher.encrypt(secret, totpContext(id)), id);
    },
    totpSecret(id: string): string | undefined {
      const raw = z.object({ totp_secret: z.string().nullable() }).parse(db.prepare('SELECT totp_secret FROM loket_accounts WHERE id = ?').get(id));
      return raw.totp_secret ? cipher.decrypt(raw.totp_secret, totpContext(id)) : undefined;
    },
    enableTotp(id: string, step: number): void {
      db.prepare('UPDATE loket_accounts SET totp_enabled = 1, totp_last_step = ?, must_setup_totp = 0 WHERE id = ?').run(step, id);
    },
    /**
     * A lost phone: removes the second step and ends every session of the account; at the next login its owner must
     * set up a new one (see stageAfterPassword).
     */
    resetTotp(id: string): void {
      db.exec('BEGIN IMMEDIATE');
      try {
        db.prepare('UPDATE loket_accounts SET totp_secret = NULL, totp_enabled = 0, totp_last_step = -1, must_setup_totp = 1 WHERE id = ?').run(id);
        db.prepare('DELETE FROM loket_sessions WHERE account_id = ?').run(id);
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    /** Remembers the last accepted step, so the same code cannot be used again. */
    useTotpStep(id: string, step: number): void {
      db.prepare('UPDATE loket_accounts SET totp_last_step = ? WHERE id = ?').run(step, id);
    },
    setDisabled(id: string, disabled: boolean): void {
      db.prepare('UPDATE loket_accounts SET disabled = ? WHERE id = ?').run(disabled ? 1 : 0, id);
      if (disabled) db.prepare('DELETE FROM loket_sessions WHERE account_id = ?').run(id);
    },
  };
}
export type AccountStore = ReturnType<typeof accountStore>;
