import { expect, test, type Page } from '@playwright/test';

/**
 * People search with their problem ("eenzaam"), not with the offer's name; a search that finds nothing suggests what
 * to try. The same with JavaScript (the live results while typing) and without (the plain GET form).
 */

const field = (page: Page) => page.getByLabel('Waar zoekt u hulp bij?');
const results = (page: Page) => page.getByRole('region', { name: /gevonden|Alle hulp/ }).getByRole('heading', { level: 3 });

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript, live while typing' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    /** Types a search; with JavaScript the live results follow (no page load), without it Zoeken sends the form. */
    async function search(page: Page, text: string) {
      await page.goto('/sociale-kaart');
      await page.evaluate(() => { (window as unknown as { marker: boolean }).marker = true; }).catch(() => undefined);
      await field(page).fill(text);
      if (!javaScriptEnabled) await page.getByRole('button', { name: 'Zoeken' }).click();
      await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(text).replaceAll('%20', '\\+')}(&|$)`));
    }

    /** True when the results came from the live island, without loading the page again. */
    const stayedOnPage = (page: Page) => page.evaluate(() => (window as unknown as { marker?: boolean }).marker === true);

    test('"eenzaam" finds the vriendendienst, the huiskamer and the coffee mornings', async ({ page }) => {
      await search(page, 'eenzaam');
      await expect(page.getByRole('heading', { level: 2, name: /mogelijkheden gevonden$/ })).toBeVisible();
      for (const name of ['Vriendendienst', 'Huiskamer voor de buurt', 'Koffie in de Brink', 'Ontmoetingsmiddag']) {
        await expect(results(page).filter({ hasText: name })).toHaveCount(1);
      }
      if (javaScriptEnabled) expect(await stayedOnPage(page)).toBe(true);
    });

    test('a misspelled search that finds nothing offers "Bedoelt u …?", and the link searches for it', async ({ page }) => {
      await search(page, 'kovvie');
      await expect(page.getByRole('heading', { name: 'Geen hulp gevonden' })).toBeVisible();
      const bedoelt = page.getByRole('link', { name: 'Bedoelt u: koffie?' });
      await expect(bedoelt).toBeVisible();
      if (javaScriptEnabled) expect(await stayedOnPage(page)).toBe(true);
      await bedoelt.click();
      await expect(page).toHaveURL(/\?q=koffie$/);
      await expect(field(page)).toHaveValue('koffie');
      await expect(results(page).filter({ hasText: 'Koffie in de Brink' })).toHaveCount(1);
    });

    test('a problem word with words that match nothing shows the help of its levensgebied', async ({ page }) => {
      await search(page, 'eenzaam xqzrtv');
      await expect(page.getByRole('heading', { name: 'Geen hulp gevonden' })).toBeVisible();
      await expect(page.getByText('Misschien helpt dit: hulp bij uw contact met anderen.')).toBeVisible();
      await expect(results(page).filter({ hasText: 'Vriendendienst' })).toHaveCount(1);
      await page.getByRole('link', { name: /^Bekijk alle hulp bij uw contact met anderen \(\d+\)$/ }).click();
      await expect(page).toHaveURL(/\?levensgebied=contact$/);
    });
  });
}

test('the English page offers "Did you mean …?"', async ({ page }) => {
  await page.goto('/en/sociale-kaart?q=kovvie');
  await expect(page.getByRole('link', { name: 'Did you mean: koffie?' })).toHaveAttribute('href', '/en/sociale-kaart?q=koffie');
});
