import { expect, test } from '@playwright/test';
import { login, loggedIn, NEW_PASSWORD, setUpTotp } from './loket-helpers';

// Each werkplek test logs in for real (scrypt, the CLI in a child process): give it room on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Today in the Netherlands, as YYYY-MM-DD (the audit log's days are Dutch days). */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());

test('a beheerder removes the second step of a medewerker who lost their phone; they must set up a new one', async ({ page, browser }) => {
  test.slow(); // two browsers, several logins with scrypt
  const other = await browser.newContext();
  const medewerkerPage = await other.newPage();
  const medewerker = await loggedIn(medewerkerPage, 'loketmedewerker');
  await medewerkerPage.goto('/loket/account');
  await medewerkerPage.getByRole('link', { name: 'Stel een code uit een app in' }).click();
  await setUpTotp(medewerkerPage);
  await expect(medewerkerPage.getByText('U logt in met een wachtwoord en een code uit een app.')).toBeVisible();

  await loggedIn(page, 'beheerder');
  await page.goto('/loket/beheer/accounts');
  await page.getByRole('button', { name: `Tweede stap wissen: ${medewerker.email}` }).click();
  await expect(page.getByRole('status')).toContainText('De tweede stap is gewist');
  await expect(page.getByRole('button', { name: `Tweede stap wissen: ${medewerker.email}` })).toHaveCount(0);

  // Logged out everywhere; at the next login the password alone is not enough: a new second step first.
  await medewerkerPage.goto('/loket/inbox');
  await expect(medewerkerPage).toHaveURL(/\/loket\?verlopen=ja$/);
  await login(medewerkerPage, medewerker.email, NEW_PASSWORD);
  await expect(medewerkerPage.getByRole('heading', { level: 1 })).toHaveText('Stel de tweede stap in');
  await expect(medewerkerPage.getByText('Uw tweede stap is gewist door een beheerder.')).toBeVisible();
  await medewerkerPage.goto('/loket/inbox');
  await expect(medewerkerPage.getByRole('heading', { level: 1 })).toHaveText('Stel de tweede stap in');
  await setUpTotp(medewerkerPage);
  await expect(medewerkerPage).toHaveURL(/\/loket\/inbox$/);
  await other.close();

  await page.goto(`/loket/beheer/audit?wie=${encodeURIComponent(medewerker.email)}&actie=totp-gewist`);
  await expect(page.getByRole('table', { name: 'Auditlog' }).getByRole('row').filter({ hasText: 'Tweede stap gewist' })).toHaveCount(1);
});

test('disabling and enabling an account again are both in the audit log', async ({ page, browser }) => {
  const other = await browser.newContext();
  const medewerker = await loggedIn(await other.newPage(), 'loketmedewerker');
  await other.close();
  await loggedIn(page, 'beheerder');
  await page.goto('/loket/beheer/accounts');
  await page.getByRole('button', { name: `Uitschakelen: ${medewerker.email}` }).click();
  await page.getByRole('button', { name: `Weer inschakelen: ${medewerker.email}` }).click();
  await expect(page.getByRole('status')).toHaveText('Het account is weer ingeschakeld.');
  await page.goto(`/loket/beheer/audit?wie=${encodeURIComponent(medewerker.email)}`);
  const table = page.getByRole('table', { name: 'Auditlog' });
  await expect(table).toContainText('Account uitgeschakeld');
  await expect(table).toContainText('Account weer ingeschakeld');
});

test('an account action on an account that does not exist gives a clear error, not a 500', async ({ page }) => {
  await loggedIn(page, 'beheerder');
  await page.goto('/loket/beheer/accounts');
  for (const actie of ['totp-wissen', 'inschakelen', 'ontgrendelen']) {
    const response = await page.request.post('/loket/beheer/accounts', {
      headers: { Origin: new URL(page.url()).origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      data: `actie=${actie}&account=bestaat-niet`, maxRedirects: 0,
    });
    expect(response.status()).toBe(422);
    expect(await response.text()).toContain('Dit account bestaat niet meer. Kies een account uit de lijst.');
  }
});

test('the audit log filters by date, and says so clearly when a date is wrong', async ({ page }) => {
  const beheerder = await loggedIn(page, 'beheerder');
  await page.goto(`/loket/beheer/audit?wie=${encodeURIComponent(beheerder.email)}`);
  await page.getByLabel('Vanaf datum').fill(today());
  await page.getByLabel('Tot en met datum').fill(today());
  await page.getByRole('button', { name: 'Filter' }).click();
  const table = page.getByRole('table', { name: 'Auditlog' });
  await expect(table).toContainText('Account aangemaakt');

  await page.getByLabel('Vanaf datum').fill('2020-01-01');
  await page.getByLabel('Tot en met datum').fill('2020-01-31');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('status')).toHaveText('Gevonden regels: 0');

  await page.getByLabel('Vanaf datum').fill('2020-02-01');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveTitle(/^Fout: /);
  const summary = page.locator('[data-error-summary]');
  await expect(summary.getByRole('link', { name: "De datum 'tot en met' ligt voor de datum 'vanaf'. Kies een latere datum." })).toHaveAttribute('href', '#tot');
  await expect(page.getByLabel('Vanaf datum')).toHaveValue('2020-02-01');

  const response = await page.goto('/loket/beheer/audit?van=gisteren');
  expect(response?.status()).toBe(422);
  await expect(summary).toContainText('Vul een datum in, bijvoorbeeld 2026-12-01.');
});
