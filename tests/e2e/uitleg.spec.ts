import { expect, test, type Page } from '@playwright/test';
import { send } from './states';

/** The glossary: a hard word is explained where it first appears, and all words are listed on /uitleg. */

const uitlegMelding = 'U vertelt de gemeente hoe het met u gaat. En waar u hulp bij nodig heeft. Dat heet een melding. Het is nog geen aanvraag.';

async function checkMelding(page: Page) {
  await page.goto('/');
  const woord = page.locator('dfn', { hasText: 'melding' });
  await expect(woord).toHaveCount(1);
  await expect(woord).toHaveRole('term');
  // A screen reader gets the explanation as the word's description, even while the disclosure is closed.
  await expect(woord).toHaveAccessibleDescription(uitlegMelding);
  const uitleg = page.getByText(uitlegMelding);
  await expect(uitleg).toBeHidden();
  return { woord, uitleg };
}

test('the word "melding" is explained where it first appears: a term described by its explanation, opened with the keyboard', async ({ page }) => {
  const { uitleg } = await checkMelding(page);
  const vraag = page.getByText("Wat betekent 'melding'?");
  await vraag.focus();
  await expect(vraag).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(uitleg).toBeVisible();
  await page.keyboard.press('Space');
  await expect(uitleg).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the explanation is in the page and opens', async ({ page }) => {
    const { uitleg } = await checkMelding(page);
    await page.getByText("Wat betekent 'melding'?").click();
    await expect(uitleg).toBeVisible();
  });
});

test('every word is explained once per page, at its first appearance', async ({ page }) => {
  await page.goto('/');
  const woorden = await page.locator('main dfn').allTextContents();
  expect(woorden).toEqual(['melding', 'gesprek', 'cliëntondersteuner', 'eigen plan', 'dorpssteunpunt']);
  // "gesprek" comes back further down the page without a second explanation.
  await expect(page.locator('main details', { hasText: "Wat betekent 'gesprek'?" })).toHaveCount(1);
});

test('the page after sending explains het gesprek and the cliëntondersteuner', async ({ page }) => {
  await send(page);
  await page.goto('/melding/verstuurd');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw melding is verstuurd');
  await expect(page.locator('dfn', { hasText: 'gesprek' })).toHaveAccessibleDescription(/^Iemand van de gemeente praat met u\./);
  await expect(page.locator('dfn', { hasText: 'cliëntondersteuner' })).toHaveAccessibleDescription(/staat aan uw kant en werkt niet voor de gemeente/);
});

test('English explains the English word', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('dfn', { hasText: 'report' })).toHaveAccessibleDescription(/This is called a report\. .*In Dutch: melding\./);
  await expect(page.getByText("What does 'report' mean?")).toBeVisible();
});

test('the footer links to a list of every explained word, the words from letters included', async ({ page }) => {
  await page.goto('/melding/wie');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Uitleg van woorden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uitleg van woorden');
  const termen = page.getByRole('term');
  await expect(termen).toContainText(['cliëntondersteuner', 'mantelzorger', 'melding']);
  await expect(page.getByRole('heading', { name: 'Woorden in brieven van de gemeente' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'De Wmo is een wet.' })).toHaveCount(1);
});
