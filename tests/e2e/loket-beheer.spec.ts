import { expect, test } from '@playwright/test';
import { chooseNewPassword, createAccount, loggedIn, login, uniqueEmail } from './loket-helpers';

// Each werkplek test logs in for real (scrypt, the CLI in a child process): give it room on a busy machine.
test.describe.configure({ timeout: 90_000 });

test('the audit log shows logins and lockouts, and filters by action and person', async ({ page, browser }) => {
  const medewerker = createAccount('loketmedewerker');
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  for (let i = 0; i < 5; i++) await login(otherPage, medewerker.email, `fout ${i}`);
  await other.close();

  await loggedIn(page, 'beheerder');
  await page.goto('/loket/beheer/audit');
  await page.getByLabel('E-mailadres van medewerker').fill(medewerker.email);
  await page.getByRole('button', { name: 'Filter' }).click();
  const table = page.getByRole('table', { name: 'Auditlog' });
  await expect(table).toContainText('Account geblokkeerd');
  await expect(table).toContainText('Inloggen mislukt');
  await expect(table).toContainText('Account aangemaakt');
  await page.getByLabel('Actie').selectOption({ label: 'Account geblokkeerd' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('status')).toHaveText('Gevonden regels: 1');
});

test('a beheerder adds an account, lifts a lockout and disables an account', async ({ page, browser }) => {
  test.slow(); // two browsers, ten logins with scrypt
  await loggedIn(page, 'beheerder');
  await page.goto('/loket/beheer/accounts');
  await page.getByRole('button', { name: 'Account toevoegen' }).click();
  await expect(page.locator('[data-error-summary]')).toContainText('Vul uw e-mailadres in.');

  const email = uniqueEmail('nieuw');
  await page.getByLabel('E-mailadres van de medewerker').fill(email);
  await page.getByRole('button', { name: 'Account toevoegen' }).click();
  const password = (await page.getByTestId('eenmalig-wachtwoord').textContent())!.trim();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  for (let i = 0; i < 5; i++) await login(otherPage, email, `fout ${i}`);
  await page.goto('/loket/beheer/accounts');
  await page.getByRole('button', { name: `Blokkade opheffen voor ${email}` }).click();
  await expect(page.getByRole('status')).toContainText('De blokkade is opgeheven.');
  await login(otherPage, email, password);
  await chooseNewPassword(otherPage);
  await expect(otherPage).toHaveURL(/\/loket\/inbox$/);

  await page.getByRole('button', { name: `Uitschakelen: ${email}` }).click();
  await expect(page.getByRole('status')).toContainText('Het account is uitgeschakeld');
  await otherPage.goto('/loket/inbox');
  await expect(otherPage).toHaveURL(/\/loket\?verlopen=ja$/);
  await other.close();
});
