import { expect, test } from '@playwright/test';
import { focusIsVisible, tabTo } from './keyboard-helpers';
import { createAccount, loggedIn, NEW_PASSWORD } from './loket-helpers';
import { sendMelding } from './loket-melding';

/**
 * The werkplek with the keyboard alone (WCAG 2.1.1, 2.1.2, 2.4.1, 2.4.3, 2.4.7, 3.3.1): log in, find a melding in
 * the inbox, open it, change its status. Every stop shows its focus; the skip link and the error summary take
 * the focus where it should go. And the idle warning (WCAG 2.2.1) warns before the session ends and lets the
 * medewerker extend it with one key press.
 */

// Each test logs in for real (scrypt, the CLI in a child process): give it room on a busy machine.
test.describe.configure({ timeout: 120_000 });

test('a medewerker logs in, finds a melding and changes its status with the keyboard alone', async ({ page, browser }) => {
  const { referentie } = await sendMelding(browser);
  const { email, password } = createAccount('loketmedewerker');

  await page.goto('/loket');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  expect(await focusIsVisible(page), 'skip link focus visible').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // A bad post: the summary takes the focus, and its link takes it to the field.
  await tabTo(page, page.getByRole('button', { name: 'Inloggen' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(page.locator('[data-error-summary]')).toBeFocused();
  await page.keyboard.press('Tab');
  const errorLink = page.locator('[data-error-summary]').getByRole('link').first();
  await expect(errorLink).toBeFocused();
  expect(await focusIsVisible(page), 'error link focus visible').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('E-mailadres')).toBeFocused();

  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel('Wachtwoord', { exact: true }));
  await page.keyboard.type(password);
  await tabTo(page, page.getByRole('button', { name: 'Inloggen' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kies een nieuw wachtwoord');
  await tabTo(page, page.getByLabel('Nieuw wachtwoord'));
  await page.keyboard.type(NEW_PASSWORD);
  await tabTo(page, page.getByLabel('Herhaal het nieuwe wachtwoord'));
  await page.keyboard.type(NEW_PASSWORD);
  await tabTo(page, page.getByRole('button', { name: 'Wachtwoord opslaan' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/loket\/inbox(#.*)?$/);
  await tabTo(page, page.getByLabel('Zoek op code of naam'));
  await page.keyboard.type(referentie);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/zoek=/);
  await tabTo(page, page.getByRole('link', { name: referentie }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Melding ${referentie}`);
  await expect(page.getByTestId('status')).toHaveText('Nieuw');

  // A closed select changes with End and Home: from "Nieuw" the choices are "In behandeling" and "Ingetrokken".
  const status = page.getByRole('combobox', { name: 'Nieuwe status' });
  await tabTo(page, status, 120);
  await page.keyboard.press('End');
  await expect(status).toHaveValue('ingetrokken');
  await page.keyboard.press('Home');
  await expect(status).toHaveValue('in-behandeling');
  await tabTo(page, page.getByRole('button', { name: 'Status wijzigen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'De status is gewijzigd.' })).toBeVisible();
  await expect(page.getByTestId('status')).toHaveText('In behandeling');
});

test('the idle warning shows before the session ends, is announced, and one key press extends it', async ({ page }) => {
  await page.clock.install();
  await loggedIn(page, 'loketmedewerker');
  const warning = page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Ik ben er nog' }) });
  await expect(warning).toBeHidden();

  // The default idle time is 30 minutes; the warning comes 5 minutes before.
  await page.clock.fastForward('24:00');
  await expect(warning).toBeHidden();
  await page.clock.fastForward('01:05');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/minuten/);

  await tabTo(page, warning.getByRole('button', { name: 'Ik ben er nog' }));
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/loket/actief') && r.request().method() === 'POST'),
    page.keyboard.press('Enter'),
  ]);
  expect(response.status()).toBe(204);
  await expect(warning).toBeHidden();

  // The timer starts again: no warning until another 25 minutes have passed.
  await page.clock.fastForward('24:00');
  await expect(warning).toBeHidden();
  await page.clock.fastForward('01:05');
  await expect(warning).toBeVisible();
});
