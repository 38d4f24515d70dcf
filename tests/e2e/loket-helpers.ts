import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { totpCode } from '../../src/server/loket/totp';

/** Helpers for the werkplek specs. Accounts are made with the real CLI, against the e2e server's data directory. */

export type Role = 'loketmedewerker' | 'beheerder';
export const NEW_PASSWORD = 'een lang eigen wachtwoord';

/** A unique address per test, so parallel tests never share an account or its lockout. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.nl`;
}

/**
 * `npm run loket -- …` with the e2e data directory; returns stdout. The command is the npm script itself, run with
 * this Node (Node 24) directly: the same CLI, without npm's own start-up on every account a test makes.
 */
export function loketCli(args: string[], input?: string, env: Record<string, string> = {}): string {
  const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.loket!;
  const [, ...nodeArgs] = script.split(' ');
  return execFileSync(process.execPath, [...nodeArgs, ...args], {
    env: { ...process.env, KRACHTWIJZER_DATA_DIR: process.env.E2E_DATA_DIR, ...env },
    input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Creates an account through the CLI and returns its one-time password. */
export function createAccount(role: Role, email = uniqueEmail(role), env: Record<string, string> = {}): { email: string; password: string } {
  const out = loketCli(['user', 'add', '--role', role, email], undefined, env);
  const password = /One-time password: (\S+)/.exec(out)?.[1];
  if (!password) throw new Error(`No password in CLI output: ${out}`);
  return { email, password };
}

export async function login(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/loket');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

export async function chooseNewPassword(page: Page, password = NEW_PASSWORD): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kies een nieuw wachtwoord');
  await page.getByLabel('Nieuw wachtwoord').fill(password);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
}

/** On the set-up page: reads the secret and confirms it with a code computed here. Returns the secret. */
export async function setUpTotp(page: Page): Promise<string> {
  const secret = (await page.getByTestId('totp-geheim').textContent())!.replace(/\s/g, '');
  await page.getByLabel('Code van 6 cijfers').fill(totpCode(secret, new Date()));
  await page.getByRole('button', { name: 'Code controleren en instellen' }).click();
  return secret;
}

/** A code for the next login: the next time step, as a code cannot be used twice (and ±1 step is accepted). */
export function nextTotpCode(secret: string): string {
  return totpCode(secret, new Date(Date.now() + 30_000));
}

/** A fresh account, logged in and through every first-login step; lands on the inbox. */
export async function loggedIn(page: Page, role: Role): Promise<{ email: string; password: string; secret?: string }> {
  const { email, password } = createAccount(role);
  await login(page, email, password);
  await chooseNewPassword(page);
  const secret = role === 'beheerder' ? await setUpTotp(page) : undefined;
  await expect(page).toHaveURL(/\/loket\/inbox$/);
  return { email, password: NEW_PASSWORD, ...(secret ? { secret } : {}) };
}
