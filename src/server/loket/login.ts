import { stageAfterPassword, type Stage } from '@/domain/loket/roles';
import type { LoketStore } from '.';
import { DUMMY_HASH, verifyPassword } from './password';
import { passwordProblem, type PasswordProblem } from './password-policy';
import { verifyTotp } from './totp';

/** The outcome of a login step. `blocked`: too many failures; the page says so without saying whose. */
export type LoginOutcome = { ok: true; stage: Stage } | { ok: false; reason: 'failed' | 'blocked' };

/** Compares a password with a stored hash; the login takes it as a parameter so a test can count the checks. */
export type PasswordVerifier = (password: string, stored: string) => Promise<boolean>;

/**
 * Checks e-mail and password. An unknown, locked or disabled account costs the same password check (scrypt) as
 * a known one, and an unknown address counts towards its own lockout, so neither the answer nor the timing tells
 * whether an account exists or is locked.
 */
export async function checkPassword(store: LoketStore, email: string, password: string, ip: string, now: Date, verify: PasswordVerifier = verifyPassword):
  Promise<(LoginOutcome & { ok: false }) | { ok: true; stage: Stage; sessionId: string }> {
  const blocked = await store.throttle.isBlocked(email, ip, now);
  const account = await store.accounts.byEmail(email);
  const matches = await verify(password, account?.passwordHash ?? DUMMY_HASH);
  if (blocked) return { ok: false, reason: 'blocked' };
  if (!account || !matches || account.disabled) {
    const lockedNow = await store.throttle.fail(email, ip, now);
    if (account) {
      await store.audit.write({ actor: account.email, action: 'inloggen-mislukt', subject: account.email }, now);
      if (lockedNow) await store.audit.write({ actor: account.email, action: 'account-geblokkeerd', subject: account.email }, now);
    }
    return { ok: false, reason: lockedNow ? 'blocked' : 'failed' };
  }
  await store.throttle.succeed(email);
  const stage = stageAfterPassword(account);
  const sessionId = await store.sessions.create(account.id, stage, now);
  if (stage === 'actief') await store.audit.write({ actor: account.email, action: 'inloggen' }, now);
  return { ok: true, stage, sessionId };
}

/** The second step: a TOTP code for a session that passed the password. Wrong codes count towards the lockout. */
export async function checkTotp(store: LoketStore, session: { key: string; accountId: string }, code: string, ip: string, now: Date): Promise<LoginOutcome> {
  const account = await store.accounts.byId(session.accountId);
  const secret = account && (await store.accounts.totpSecret(account.id));
  if (!account || !secret) return { ok: false, reason: 'failed' };
  if (await store.throttle.isBlocked(account.email, ip, now)) {
    await store.sessions.delete(session.key);
    return { ok: false, reason: 'blocked' };
  }
  const step = verifyTotp(secret, code, now, account.totpLastStep);
  if (step === undefined) {
    await store.audit.write({ actor: account.email, action: 'inloggen-mislukt', subject: account.email }, now);
    if (await store.throttle.fail(account.email, ip, now)) {
      await store.audit.write({ actor: account.email, action: 'account-geblokkeerd', subject: account.email }, now);
      await store.sessions.delete(session.key);
      return { ok: false, reason: 'blocked' };
    }
    return { ok: false, reason: 'failed' };
  }
  await store.accounts.useTotpStep(account.id, step);
  await store.sessions.setStage(session.key, 'actief');
  await store.audit.write({ actor: account.email, action: 'inloggen' }, now);
  return { ok: true, stage: 'actief' };
}

/** Confirms a pending TOTP secret with a first code; the account then needs TOTP at every login. */
export async function confirmTotpSetup(store: LoketStore, session: { key: string; accountId: string; stage: Stage }, code: string, now: Date): Promise<boolean> {
  const account = await store.accounts.byId(session.accountId);
  const secret = account && (await store.accounts.totpSecret(account.id));
  if (!account || !secret) return false;
  const step = verifyTotp(secret, code, now);
  if (step === undefined) return false;
  await store.accounts.enableTotp(account.id, step);
  await store.audit.write({ actor: account.email, action: 'totp-ingesteld', subject: account.email }, now);
  if (session.stage !== 'actief') {
    await store.sessions.setStage(session.key, 'actief');
    await store.audit.write({ actor: account.email, action: 'inloggen' }, now);
  }
  return true;
}

/** Why a first login's new password is refused (an i18n key). */
export type NewPasswordProblem = PasswordProblem | 'errors.loket.nieuwWachtwoord.same';

/**
 * The first login's new password; returns the next stage, or why the password may not be used: the one-time
 * password itself (the beheerder saw it), or one that is easy to guess (see password-policy.ts).
 */
export async function changePassword(store: LoketStore, session: { key: string; accountId: string }, password: string, now: Date):
  Promise<{ ok: true; stage: Stage } | { ok: false; error: NewPasswordProblem }> {
  const account = (await store.accounts.byId(session.accountId))!;
  if (await verifyPassword(password, account.passwordHash)) return { ok: false, error: 'errors.loket.nieuwWachtwoord.same' };
  const problem = passwordProblem(password, account.email);
  if (problem) return { ok: false, error: problem };
  await store.accounts.setPassword(account.id, password);
  await store.audit.write({ actor: account.email, action: 'wachtwoord-gewijzigd', subject: account.email }, now);
  const stage = stageAfterPassword({ ...account, mustChangePassword: false });
  await store.sessions.setStage(session.key, stage);
  if (stage === 'actief') await store.audit.write({ actor: account.email, action: 'inloggen' }, now);
  return { ok: true, stage };
}
