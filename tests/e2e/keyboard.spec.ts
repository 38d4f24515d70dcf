import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The journey with the keyboard alone: every control is reached with Tab, used with Space, Enter or
 * typing, and shows where the focus is (WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7).
 */

/** Whether the focused element shows a focus indicator: an outline of 2 px or more, or its tile's. */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const shown = (el: Element | null) => {
      if (!el) return false;
      const style = getComputedStyle(el);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    };
    const el = document.activeElement;
    return shown(el) || shown(el?.closest('.portal-tile') ?? null);
  });
}

/** Presses Tab until `target` has the focus, checking on the way that focus stays visible. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    expect(await focusIsVisible(page), `focus visible after ${i + 1} Tab presses`).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach the control within ${max} presses`);
}

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
  await tabTo(page, page.getByLabel('Naam', { exact: true }));
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
