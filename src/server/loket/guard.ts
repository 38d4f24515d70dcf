import { INBOX_PATH, isBeheerPath, isLoginPath, isLoketPath, STAGE_PATHS, type LoketUser } from '@/domain/loket/roles';
import type { App } from '../app';
import type { CookieJar } from '../draft-session';
import { LOKET_COOKIE } from './cookie';

/** What the middleware does with a request, and who is logged in. */
export type GuardResult =
  | { verdict: 'pass'; user: LoketUser | undefined }
  | { verdict: 'login'; user: undefined; expired: boolean }
  | { verdict: 'stage'; user: LoketUser; stagePath: string }
  | { verdict: 'forbidden'; user: LoketUser };

/** Pages a session may see in every stage. */
const ALWAYS = new Set(['/loket/uitloggen', '/loket/geen-toegang']);

/**
 * The werkplek's access rule, for every path under /loket (in every locale): the login page is open; every other
 * page needs a live session that finished its login stages; /loket/beheer needs a beheerder (a refusal goes into
 * the audit log). Activity keeps the session alive (idle timeout).
 */
export async function loketGuard(path: string, cookies: Pick<CookieJar, 'get' | 'delete'>, app: App): Promise<GuardResult> {
  if (!isLoketPath(path)) return { verdict: 'pass', user: undefined };
  const now = app.now();
  const cookie = cookies.get(LOKET_COOKIE)?.value;
  const session = await app.loket.sessions.get(cookie, now);
  const account = session && (await app.loket.accounts.byId(session.accountId));
  if (!session || !account || account.disabled) {
    if (cookie) cookies.delete(LOKET_COOKIE, { path: '/' });
    if (isLoginPath(path)) return { verdict: 'pass', user: undefined };
    return { verdict: 'login', user: undefined, expired: cookie !== undefined };
  }
  const user: LoketUser = { accountId: account.id, email: account.email, role: account.role, stage: session.stage, sessionKey: session.key, totpEnabled: account.totpEnabled };
  await app.loket.sessions.touch(session.key, now);
  if (isLoginPath(path) || ALWAYS.has(path.replace(/\/$/, ''))) return { verdict: 'pass', user };
  if (session.stage !== 'actief') {
    const stagePath = STAGE_PATHS[session.stage];
    return path.replace(/\/$/, '') === stagePath ? { verdict: 'pass', user } : { verdict: 'stage', user, stagePath };
  }
  if (isBeheerPath(path) && account.role !== 'beheerder') {
    await app.loket.audit.write({ actor: account.email, action: 'geen-toegang' }, now);
    return { verdict: 'forbidden', user };
  }
  return { verdict: 'pass', user };
}

export { INBOX_PATH };
