import { z } from 'zod';

/** Who works in the werkplek. A beheerder can do everything a loketmedewerker can, plus accounts and the audit log. */
export const ROLES = ['loketmedewerker', 'beheerder'] as const;
export const RoleSchema = z.enum(ROLES, { error: 'errors.loket.role.required' });
export type Role = z.infer<typeof RoleSchema>;

/**
 * Where a login stands. Only `actief` reaches the werkplek; the other stages each allow one page.
 * A new account first chooses its own password; a beheerder must set up TOTP before anything else.
 */
export const STAGES = ['nieuw-wachtwoord', 'totp', 'totp-instellen', 'actief'] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

/** The stage after the password was accepted (or changed). */
export function stageAfterPassword(account: { role: Role; mustChangePassword: boolean; totpEnabled: boolean; mustSetupTotp?: boolean }): Stage {
  if (account.mustChangePassword) return 'nieuw-wachtwoord';
  if (account.totpEnabled) return 'totp';
  return account.role === 'beheerder' || account.mustSetupTotp ? 'totp-instellen' : 'actief';
}

/** Pages only a beheerder may open (path without locale prefix). */
export function isBeheerPath(path: string): boolean {
  return path === '/loket/beheer' || path.startsWith('/loket/beheer/');
}

/** The login page: the only werkplek page without a session. */
export function isLoginPath(path: string): boolean {
  return path === '/loket' || path === '/loket/';
}

/** Whether a path belongs to the werkplek (and so needs the guard). */
export function isLoketPath(path: string): boolean {
  return path === '/loket' || path.startsWith('/loket/');
}

/** The logged-in werkplek user, as pages and components see it (on `Astro.locals.loket`). */
export interface LoketUser {
  accountId: string;
  email: string;
  role: Role;
  stage: Stage;
  /** The hash of the session cookie: identifies this session, never the cookie value itself. */
  sessionKey: string;
  totpEnabled: boolean;
}

/** The one page each unfinished stage may see (path without locale prefix). */
export const STAGE_PATHS: Record<Exclude<Stage, 'actief'>, string> = {
  'nieuw-wachtwoord': '/loket/wachtwoord',
  totp: '/loket/tweede-stap',
  'totp-instellen': '/loket/tweede-stap-instellen',
};

/** Where a logged-in user starts. */
export const INBOX_PATH = '/loket/inbox';
