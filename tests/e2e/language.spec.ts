import { expect, test } from '@playwright/test';
import { choose, MELDING, startTopic } from './helpers';

/**
 * Dutch lives at /, English at /en/. Switching language in the middle of the journey keeps the step and the answers:
 * a helper may switch to English for a neighbour, and back.
 */

test('switching to English mid-journey keeps the step and the saved answers', async ({ page }) => {
  await startTopic(page, 'Huishouden', /\/levensgebieden\/huishouden$/);
  await choose(page, /^Hoe gaat het met/, 'Niet goed');
  await page.getByLabel('Wat lukt u zelf nog wel?').fill(MELDING.gedeeld.watLuktZelf);
  await page.getByRole('button', { name: 'Vorige', exact: true }).click();
  await expect(page).toHaveURL(/\/levensgebieden$/);

  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' }).click();

  // Same step, now in English.
  await expect(page).toHaveURL(/\/en\/levensgebieden$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Step 2 of 10');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('What would you like to tell us about?');
  await expect(page).toHaveTitle(/^Step 2 of 10: What would you like to tell us about\? - /);
  await expect(page.getByRole('button', { name: 'Delete my details' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Volgende' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Wis mijn gegevens' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /^Household/ })).toBeChecked();

  // Going on in English keeps the English URLs and shows the Dutch-saved answers.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/levensgebieden\/huishouden$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Household');
  await expect(page.getByRole('radio', { name: 'Not good' })).toBeChecked();
  await expect(page.getByLabel('What can you still do yourself?')).toHaveValue(MELDING.gedeeld.watLuktZelf);

  // An answer saved in English is there in Dutch too.
  await page.getByLabel('What can you still do yourself?').fill('I can still make tea.');
  await page.getByRole('button', { name: 'Previous', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/levensgebieden$/);
  await page.goto('/en/melding/wie');
  await expect(page.getByLabel('Your name')).toHaveValue(MELDING.helper.naam);

  await page.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/melding\/wie$/);
  expect(new URL(page.url()).pathname).toBe('/melding/wie');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Stap 1 van 10'); // one levensgebied: its questions and its help nearby
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Wie vult dit in?');
  await expect(page.getByRole('radio', { name: 'Ik help iemand met invullen' })).toBeChecked();
  await expect(page.getByLabel('Uw naam')).toHaveValue(MELDING.helper.naam);
  await page.goto('/levensgebieden/huishouden');
  await expect(page.getByLabel('Wat lukt u zelf nog wel?')).toHaveValue('I can still make tea.');
});

test('the language link keeps the query, so "Wijzig" still returns to the check page', async ({ page }) => {
  await page.goto('/melding/wensen?terug=controleren');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/melding\/wensen\?terug=controleren$/);
  await page.getByLabel('If you could change one thing').fill('Go to the market again.');
  await page.getByRole('button', { name: 'Save and go back to the overview' }).click();
  await expect(page).toHaveURL(/\/en\/melding\/controleren$/);
  await expect(page.getByRole('main')).toContainText('Go to the market again.');
});

test('the English start page is in English and starts the English journey', async ({ page }) => {
  const response = await page.goto('/en/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/^Tell us how you are doing - /);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tell us how you are doing');
  await expect(page.getByRole('main')).not.toContainText('Vertel hoe het met u gaat');
  await expect(page.getByRole('link', { name: 'Nederlands' })).toHaveAttribute('href', '/');

  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/melding\/wie$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Step 1 of 8');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Who is filling this in?');
  await choose(page, 'Who is filling this in?', 'I am helping someone fill it in');
  await page.getByLabel('Your name').fill(MELDING.helper.naam);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/levensgebieden$/);
});
