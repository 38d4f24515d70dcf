import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { RoleSchema, type Role } from '@/domain/loket/roles';
import type { Cipher } from '../crypto';
import type { Engine } from '../db';
import { hashPassword } from './password';

/** A yes/no column as either engine reads it back: 0/1 from SQLite, a boolean from PostgreSQL. */
const FlagSchema = z.union([z.boolean(), z.literal(0), z.literal(1)]).transform((v) => v === true || v === 1);

const AccountRowSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: RoleSchema,
  password_hash: z.string(),
  must_change_password: FlagSchema,
  totp_secret: z.string().nullable(),
  totp_enabled: FlagSchema,
  totp_last_step: z.number().int(),
  disabled: FlagSchema,
  created_at: z.string(),
  must_setup_totp: FlagSchema,
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
    id: r.id, email: r.email, role: r.role, passwordHash: r.password_hash, mustChangePassword: r.must_change_password,
    totpEnabled: r.totp_enabled, totpLastStep: r.totp_last_step, disabled: r.disabled, createdAt: r.created_at,
    mustSetupTotp: r.must_setup_totp,
  };
};

/** Werkplek accounts. */
export interface AccountStore {
  /** Creates an account that must choose its own password at first login. Undefined when the address is taken. */
  add(email: string, role: Role, password: string, now: Date): Promise<Account | undefined>;
  byEmail(email: string): Promise<Account | undefined>;
  byId(id: string): Promise<Account | undefined>;
  /** Every account, by e-mail address. */
  list(): Promise<Account[]>;
  /** Sets a password the account chose itself (it need not be changed at the next login). */
  setPassword(id: string, password: string): Promise<void>;
  /** Stores a secret that is not in use until `enableTotp`. */
  setPendingTotp(id: string, secret: string): Promise<void>;
  totpSecret(id: string): Promise<string | undefined>;
  enableTotp(id: string, step: number): Promise<void>;
  /**
   * A lost phone: removes the second step and ends every session of the account; at the next login its owner must
   * set up a new one (see stageAfterPassword).
   */
  resetTotp(id: string): Promise<void>;
  /** Remembers the last accepted step, so the same code cannot be used again. */
  useTotpStep(id: string, step: number): Promise<void>;
  /** Switching an account off also ends its sessions. */
  setDisabled(id: string, disabled: boolean): Promise<void>;
}

export function accountStore(engine: Engine, cipher: Cipher): AccountStore {
  const { db } = engine;
  const totpContext = (id: string) => `totp:${id}`;
  const byId = async (id: string) => {
    const raw = await db.selectFrom('loket_accounts').selectAll().where('id', '=', id).executeTakeFirst();
    return raw ? toAccount(raw) : undefined;
  };
  const byEmail = async (email: string) => {
    const raw = await db.selectFrom('loket_accounts').selectAll().where('email', '=', email).executeTakeFirst();
    return raw ? toAccount(raw) : undefined;
  };
  return {
    async add(email, role, password, now) {
      if (await byEmail(email)) return undefined;
      const id = randomUUID();
      const passwordHash = await hashPassword(password);
      const inserted = await db.insertInto('loket_accounts')
        .values({ id, email, role, password_hash: passwordHash, must_change_password: 1, created_at: now.toISOString() })
        .onConflict((oc) => oc.column('email').doNothing())
        .executeTakeFirst();
      // Two beheerders adding the same address at once: the one whose row was not stored hears that it is taken.
      return inserted.numInsertedOrUpdatedRows === 1n ? byId(id) : undefined;
    },
    byEmail,
    byId,
    async list() {
      return (await db.selectFrom('loket_accounts').selectAll().orderBy('email').execute()).map(toAccount);
    },
    async setPassword(id, password) {
      const passwordHash = await hashPassword(password);
      await db.updateTable('loket_accounts').set({ password_hash: passwordHash, must_change_password: 0 }).where('id', '=', id).execute();
    },
    async setPendingTotp(id, secret) {
      await db.updateTable('loket_accounts').set({ totp_secret: cipher.encrypt(secret, totpContext(id)), totp_enabled: 0 }).where('id', '=', id).execute();
    },
    async totpSecret(id) {
      const raw = await db.selectFrom('loket_accounts').select('totp_secret').where('id', '=', id).executeTakeFirst();
      const row = z.object({ totp_secret: z.string().nullable() }).optional().parse(raw);
      return row?.totp_secret ? cipher.decrypt(row.totp_secret, totpContext(id)) : undefined;
    },
    async enableTotp(id, step) {
      await db.updateTable('loket_accounts').set({ totp_enabled: 1, totp_last_step: step, must_setup_totp: 0 }).where('id', '=', id).execute();
    },
    async resetTotp(id) {
      await engine.transaction(async (trx) => {
        await trx.updateTable('loket_accounts').set({ totp_secret: null, totp_enabled: 0, totp_last_step: -1, must_setup_totp: 1 }).where('id', '=', id).execute();
        await trx.deleteFrom('loket_sessions').where('account_id', '=', id).execute();
      });
    },
    async useTotpStep(id, step) {
      await db.updateTable('loket_accounts').set({ totp_last_step: step }).where('id', '=', id).execute();
    },
    async setDisabled(id, disabled) {
      await engine.transaction(async (trx) => {
        await trx.updateTable('loket_accounts').set({ disabled: disabled ? 1 : 0 }).where('id', '=', id).execute();
        if (disabled) await trx.deleteFrom('loket_sessions').where('account_id', '=', id).execute();
      });
    },
  };
}
