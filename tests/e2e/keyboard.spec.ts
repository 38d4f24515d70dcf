import { expect, test, type Page } from '@playwright/test';
import { tabTo } from './keyboard-helpers';

/**
 * The journey with the keyboard alone: every control is reached with Tab, used with Space, Enter or
 * typing, and shows where the focus is (WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7).
 */

const next = (page: Page) => page.getByRole('button', { name: 'Volgende', exact: true });

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('an error takes the focus to the summary, and its link takes it to the field', async ({ page }) => {
  await page.goto('/levensgebieden');
  await tabTo(page, next(page));
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-error-summary]')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Kies minstens één onderwerp.' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: /Huishouden/ })).toBeFocused();
});

test('after the skip link, an error still takes the focus to the summary', async ({ page }) => {
  // The skip link puts "#inhoud" in the address, and a form posts to that address: the summary must win.
  await page.goto('/levensgebieden');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);
  await tabTo(page, next(page));
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(page.locator('[data-error-summary]')).toBeFocused();
});

test('the whole journey can be done with the keyboard alone', async ({ page }) => {
  // Some 150 Tab presses, each checking the focus style (the header lists six languages): slow on a busy machine.
  test.slow();
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: 'Begin' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/melding\/wie$/);
  await tabTo(page, page.getByRole('radio', { name: 'Ik vul het in voor mezelf' }));
  await page.keyboard.press('Space');
  await tabTo(page, next(page));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/levensgebieden$/);
  await tabTo(page, page.getByRole('checkbox', { name: /Huishouden/ }));
  await page.keyboard.press('Space');
  await tabTo(page, next(page));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/levensgebieden\/huishouden$/);
  await tabTo(page, page.getByLabel('Wat lukt u zelf nog wel?'));
  await page.keyboard.type('Koffie zetten lukt nog.');
  await tabTo(page, next(page));
  await page.keyboard.press('Enter');

  for (const step of [/\/levensgebieden\/huishouden\/hulp-in-de-buurt$/, /\/melding\/mensen$/, /\/melding\/wensen$/, /\/melding\/gesprek$/]) {
    await expect(page).toHaveURL(step);
    await tabTo(page, next(page));
    await page.keyboard.press('Enter');
  }

  await expect(page).toHaveURL(/\/melding\/contact$/);
  await tabTo(page, page.getByLabel(/^Naam( \(verplicht\))?$/));
  await page.keyboard.type('Jan de Boer');
  await tabTo(page, page.getByLabel(/Telefoonnummer/));
  await page.keyboard.type('0612345678');
  await tabTo(page, next(page));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/melding\/controleren$/);
  await expect(page.getByRole('main')).toContainText('Koffie zetten lukt nog.');
  await tabTo(page, page.getByRole('link', { name: 'Naar versturen' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/melding\/versturen$/);
  await tabTo(page, page.getByRole('radio', { name: 'Ja, delen met de gemeente' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: /De gemeente mag contact/ }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Verstuur mijn melding' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/melding\/verstuurd$/);
  await expect(page.getByTestId('referentie')).toHaveText(/^KW-/);
});
