import { expect, test, type Page } from '@playwright/test';
import { loggedIn } from './loket-helpers';
import { openMelding, sendMelding } from './loket-melding';

/** What the medewerker recorded stays visible: the planned gesprek and every step, with dates as people read them. */

test.describe.configure({ timeout: 90_000 });

export async function setStatus(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Nieuwe status' }).selectOption({ label });
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.getByTestId('status')).toHaveText(label);
}

export async function planGesprek(page: Page, plan: { datum: string; tijd: string; plek: string; wie: string }): Promise<void> {
  await page.getByLabel('Datum', { exact: true }).fill(plan.datum);
  await page.getByLabel('Tijd', { exact: true }).fill(plan.tijd);
  await page.getByLabel('Plek', { exact: true }).fill(plan.plek);
  await page.getByLabel('Gespreksvoerder', { exact: true }).fill(plan.wie);
  await page.getByRole('button', { name: 'Gesprek opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText('Het gesprek is gepland.');
}

test('the planned gesprek stays on the detail page after the melding is afgerond, with the steps that led there', async ({ page, browser }) => {
  const { referentie } = await sendMelding(browser);
  const { email } = await loggedIn(page, 'loketmedewerker');
  await openMelding(page, referentie);
  await setStatus(page, 'In behandeling');
  await planGesprek(page, { datum: '2026-12-10', tijd: '14:00', plek: 'Bij mevrouw thuis', wie: 'Ahmed' });
  await expect(page.getByTestId('gesprek')).toHaveText('Gepland: donderdag 10 december 2026, 14.00 uur, Bij mevrouw thuis, met Ahmed.');
  await setStatus(page, 'Afgerond');

  await page.reload();
  await expect(page.getByTestId('gesprek')).toHaveText('Gepland: donderdag 10 december 2026, 14.00 uur, Bij mevrouw thuis, met Ahmed.');
  const verloop = page.getByRole('region', { name: 'Verloop' }).getByRole('listitem');
  await expect(verloop).toHaveCount(4);
  await expect(verloop.nth(0)).toContainText(`Status: In behandeling. Door ${email}.`);
  await expect(verloop.nth(1)).toContainText('Gesprek gepland op donderdag 10 december 2026, 14.00 uur, Bij mevrouw thuis, met Ahmed.');
  await expect(verloop.nth(2)).toContainText('Status: Gesprek gepland.');
  await expect(verloop.nth(3)).toContainText('Status: Afgerond.');
  // Each step says when it happened, as people read a date: a weekday, the day, the month's name, and the time.
  await expect(verloop.nth(3)).toContainText(/^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} [a-z]+ \d{4}, \d{2}\.\d{2} uur /);
});

test('the werkplek in English writes the planned gesprek the English way', async ({ page, browser }) => {
  const { referentie } = await sendMelding(browser);
  await loggedIn(page, 'loketmedewerker');
  await openMelding(page, referentie);
  await setStatus(page, 'In behandeling');
  await planGesprek(page, { datum: '2026-12-10', tijd: '14:00', plek: 'Town hall', wie: 'Ahmed' });
  await page.goto(`/en/loket/meldingen/${referentie}`);
  await expect(page.getByTestId('gesprek')).toHaveText('Planned: Thursday, December 10, 2026, 14:00, Town hall, with Ahmed.');
});
