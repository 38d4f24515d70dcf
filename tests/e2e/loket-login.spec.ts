import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { chooseNewPassword, createAccount, loggedIn, login, loketCli, NEW_PASSWORD, nextTotpCode, setUpTotp, uniqueEmail } from './loket-helpers';

// Each werkplek test logs in for real (scrypt, the CLI in a child process): give it room on a busy machine.
test.describe.configure({ timeout: 90_000 });

const FAILED = 'Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.';
const BLOCKED = /Er is te vaak verkeerd ingelogd/;

test('a wrong password gets a generic error, the same as an unknown address', async ({ page }) => {
  const { email } = createAccount('loketmedewerker');
  await login(page, email, 'helemaal fout');
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(page.locator('[data-error-summary]')).toContainText(FAILED);
  await login(page, 'bestaat-niet@example.nl', 'helemaal fout');
  await expect(page.locator('[data-error-summary]')).toContainText(FAILED);
  await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveValue('');
});

test('an empty or malformed login form gets clear errors, not a server error', async ({ page }) => {
  await page.goto('/loket');
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Inloggen' }).click()]);
  expect(response.status()).toBe(422);
  await expect(page.locator('[data-error-summary]')).toContainText('Vul uw e-mailadres in.');
  await expect(page.locator('[data-error-summary]')).toContainText('Vul uw wachtwoord in.');
});

test('five wrong passwords lock the account until the lock is lifted', async ({ page }) => {
  const { email, password } = createAccount('loketmedewerker');
  for (let i = 0; i < 4; i++) {
    await login(page, email, `fout ${i}`);
    await expect(page.locator('[data-error-summary]')).toContainText(FAILED);
  }
  await login(page, email, 'fout 5');
  await expect(page.locator('[data-error-summary]')).toContainText(BLOCKED);
  await login(page, email, password);
  await expect(page.locator('[data-error-summary]')).toContainText(BLOCKED);
  loketCli(['user', 'unlock', email]);
  await login(page, email, password);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kies een nieuw wachtwoord');
});

test('a new medewerker chooses a password at first login, with clear errors', async ({ page }) => {
  const { email, password } = createAccount('loketmedewerker');
  await login(page, email, password);
  await page.goto('/loket/inbox');
  await expect(page).toHaveURL(/\/loket\/wachtwoord$/);
  await page.getByLabel('Nieuw wachtwoord').fill('kort');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('anders');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.locator('[data-error-summary]')).toContainText('Kies een wachtwoord van minimaal 12 tekens.');
  await expect(page.locator('[data-error-summary]')).toContainText('Het herhaalde wachtwoord is anders.');
  await chooseNewPassword(page);
  await expect(page).toHaveURL(/\/loket\/inbox$/);
  await expect(page.getByText(`Ingelogd als ${email}`)).toBeVisible();
  // The one-time password no longer works.
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('status')).toHaveText('U bent uitgelogd.');
  await login(page, email, password);
  await expect(page.locator('[data-error-summary]')).toContainText(FAILED);
  await login(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/loket\/inbox$/);
});

test('a beheerder must set up TOTP, and then needs a code at every login', async ({ page }) => {
  const { email, password } = createAccount('beheerder');
  await login(page, email, password);
  await chooseNewPassword(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stel de tweede stap in');
  await page.goto('/loket/beheer/audit');
  await expect(page).toHaveURL(/\/loket\/tweede-stap-instellen$/);
  await page.getByLabel('Code van 6 cijfers').fill('12345');
  await page.getByRole('button', { name: 'Code controleren en instellen' }).click();
  await expect(page.locator('[data-error-summary]')).toContainText('Vul de code in als 6 cijfers');
  const secret = await setUpTotp(page);
  await expect(page).toHaveURL(/\/loket\/inbox$/);
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  await login(page, email, NEW_PASSWORD);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vul de code in');
  await page.getByLabel('Code van 6 cijfers').fill('000000');
  await page.getByRole('button', { name: 'Controleer code' }).click();
  await expect(page.locator('[data-error-summary]')).toContainText('De code klopt niet.');
  await page.getByLabel('Code van 6 cijfers').fill(nextTotpCode(secret));
  await page.getByRole('button', { name: 'Controleer code' }).click();
  await expect(page).toHaveURL(/\/loket\/inbox$/);
});

test('"Overal uitloggen" ends the sessions on other devices too', async ({ page, browser }) => {
  const { email } = await loggedIn(page, 'loketmedewerker');
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, email, NEW_PASSWORD);
  await expect(otherPage).toHaveURL(/\/loket\/inbox$/);
  await page.goto('/loket/account');
  await page.getByRole('button', { name: 'Overal uitloggen' }).click();
  await expect(page).toHaveURL(/\/loket\?uitgelogd=ja$/);
  await otherPage.goto('/loket/inbox');
  await expect(otherPage).toHaveURL(/\/loket\?verlopen=ja$/);
  await other.close();
});

test('a logged-in page carries the idle warning, hidden until it is time', async ({ page }) => {
  await loggedIn(page, 'loketmedewerker');
  await expect(page.getByRole('button', { name: 'Ik ben er nog' })).toBeHidden();
  const response = await page.request.post('/loket/actief', {
    headers: { Origin: new URL(page.url()).origin, 'Content-Type': 'application/x-www-form-urlencoded' }, data: 'js=ja', maxRedirects: 0,
  });
  expect(response.status()).toBe(204);
});

test('the session cookie is HttpOnly and SameSite=Strict', async ({ page, context }) => {
  await loggedIn(page, 'loketmedewerker');
  const cookie = (await context.cookies()).find((c) => c.name === 'kw_loket');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
});

test('the CLI, run through npm, refuses a duplicate account and an unknown role', () => {
  const { email } = createAccount('loketmedewerker');
  const run = (args: string[]) => {
    try {
      execFileSync('npm', ['run', '--silent', 'loket', '--', ...args], {
        env: { ...process.env, KRACHTWIJZER_DATA_DIR: process.env.E2E_DATA_DIR }, encoding: 'utf8', stdio: 'pipe',
      });
      return 0;
    } catch (error) {
      return (error as { status: number }).status;
    }
  };
  expect(run(['user', 'add', '--role', 'beheerder', email])).toBe(2);
  expect(run(['user', 'add', '--role', 'baas', 'x@example.nl'])).toBe(2);
});

test('the CLI, run through npm, answers --help and help per command with exit 0, and an unknown topic with 2', () => {
  const run = (args: string[]) => {
    try {
      const out = execFileSync('npm', ['run', '--silent', 'loket', '--', ...args], {
        env: { ...process.env, KRACHTWIJZER_DATA_DIR: process.env.E2E_DATA_DIR }, encoding: 'utf8', stdio: 'pipe',
      });
      return { status: 0, out };
    } catch (error) {
      return { status: (error as { status: number }).status, out: '' };
    }
  };
  for (const args of [['--help'], ['help'], ['-h']]) {
    const { status, out } = run(args);
    expect({ args, status }).toEqual({ args, status: 0 });
    expect(out).toContain('user add --role');
    expect(out).toContain('bewaartermijn');
  }
  const helpUser = run(['help', 'user']);
  expect(helpUser).toMatchObject({ status: 0, out: expect.stringContaining('user unlock <email>') });
  expect(helpUser.out).not.toContain('bewaartermijn');
  expect(run(['user', '--help'])).toMatchObject({ status: 0, out: expect.stringContaining('user unlock <email>') });
  expect(run(['help', 'bewaartermijn'])).toMatchObject({ status: 0, out: expect.stringContaining('--op YYYY-MM-DD') });
  expect(run(['help', 'onbekend']).status).toBe(2);
  expect(run([]).status).toBe(2);
});

test('the CLI refuses an easy password from standard input', () => {
  expect(() => loketCli(['user', 'add', '--role', 'loketmedewerker', '--password-stdin', uniqueEmail('zwak')], 'aaaaaaaaaaaa\n'))
    .toThrow(/too easy to guess/);
});

test('at first login the one-time password, an easy password and the e-mail address are refused', async ({ page }) => {
  const { email, password } = createAccount('loketmedewerker');
  await login(page, email, password);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kies een nieuw wachtwoord');
  const tryPassword = async (value: string, message: string) => {
    await page.getByLabel('Nieuw wachtwoord').fill(value);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(value);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page).toHaveTitle(/^Fout: /);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('textbox', { name: 'Nieuw wachtwoord' })).toHaveAccessibleDescription(new RegExp(message.slice(0, 30)));
  };
  await tryPassword(password, 'Dit is het eenmalige wachtwoord dat u kreeg.');
  await tryPassword('aaaaaaaaaaaa', 'Dit wachtwoord is te makkelijk te raden.');
  await tryPassword(email, 'Uw wachtwoord lijkt op uw e-mailadres of uw naam.');
  await chooseNewPassword(page);
  await expect(page).toHaveURL(/\/loket\/inbox$/);
});
