import { expect, test, type Page } from '@playwright/test';

/** Hulp in de buurt with JavaScript: results follow the form while the person types or ticks, without sending it. */

const results = (page: Page) => page.getByRole('region', { name: /gevonden|Alle hulp/ }).getByRole('heading', { level: 3 });
const count = (page: Page) => page.getByRole('heading', { level: 2, name: /gevonden|Alle hulp/ });

test.describe('with JavaScript', () => {
  test('results, count and address follow what is typed and ticked; Back goes back one step', async ({ page }) => {
    const csp: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) csp.push(m.text()); });
    await page.goto('/sociale-kaart');
    await expect(count(page)).toHaveText(/^Alle hulp: \d+ mogelijkheden$/);
    // A mark on this document: it is still there at the end only if the page was never loaded again.
    await page.evaluate(() => { (window as unknown as { marker: boolean }).marker = true; });

    await page.getByLabel('Waar zoekt u hulp bij?').pressSequentially('boodschap', { delay: 30 });
    await expect(page).toHaveURL(/\/sociale-kaart\?q=boodschap$/);
    await expect(count(page)).toHaveText(/^\d+ mogelijkheden gevonden$/);
    await expect(results(page).first()).toHaveText('Tip: de boodschappen samen doen');
    // The count is announced politely, without moving focus from the field.
    await expect(page.getByRole('status').filter({ hasText: /mogelijkheden gevonden/ })).toHaveText(await count(page).textContent() ?? '');
    await expect(page.getByLabel('Waar zoekt u hulp bij?')).toBeFocused();
    const metTekst = await results(page).allTextContents();

    await page.getByText('Meer keuzes').click();
    await page.getByRole('group', { name: 'Wat voor hulp?' }).getByLabel('Vrijwilligers').check();
    await expect(page).toHaveURL(/\?q=boodschap&soort=vrijwilligers$/);
    await expect(results(page)).not.toHaveText(metTekst);
    for (const title of await results(page).allTextContents()) expect(metTekst).toContain(title);

    await page.goBack();
    await expect(page).toHaveURL(/\?q=boodschap$/);
    await expect(page.getByRole('group', { name: 'Wat voor hulp?' }).getByLabel('Vrijwilligers')).not.toBeChecked();
    await expect(results(page)).toHaveText(metTekst);
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
    expect(csp).toEqual([]);
  });

  test('a shared address opens the same search, and nothing found shows the loket', async ({ page }) => {
    await page.goto('/sociale-kaart?q=koffie&kern=Beilen');
    await expect(page.getByLabel('Waar zoekt u hulp bij?')).toHaveValue('koffie');
    await page.getByLabel('Waar zoekt u hulp bij?').fill('strijkservice');
    await expect(page.getByRole('heading', { name: 'Geen hulp gevonden' })).toBeVisible();
    await expect(page.getByText('Bel 0592 000 000')).toBeVisible();
    await expect(page).toHaveURL(/\?q=strijkservice&kern=Beilen$/);
  });

  test('what is typed before the script has loaded is searched for as soon as it has', async ({ page }) => {
    // A slow connection: the page's scripts arrive only after the person has typed.
    let release = () => undefined as void;
    const typed = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/_astro/*.js', async (route) => {
      await typed;
      await route.continue();
    });
    await page.goto('/sociale-kaart', { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Waar zoekt u hulp bij?').fill('boodschap');
    release();
    await expect(page).toHaveURL(/\/sociale-kaart\?q=boodschap$/);
    await expect(results(page).first()).toHaveText('Tip: de boodschappen samen doen');
  });

  test('Zoeken updates in place, without loading the page again', async ({ page }) => {
    await page.goto('/sociale-kaart');
    await page.evaluate(() => { (window as unknown as { marker: boolean }).marker = true; });
    await page.getByLabel('Dorp').selectOption('Smilde');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL(/\?kern=Smilde$/);
    await expect(count(page)).toHaveText(/mogelijkheden gevonden$/);
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the same search is a plain GET form: typing alone changes nothing, Zoeken loads the results', async ({ page }) => {
    await page.goto('/sociale-kaart');
    await page.getByLabel('Waar zoekt u hulp bij?').fill('boodschap');
    await expect(page).toHaveURL(/\/sociale-kaart$/);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL(/\/sociale-kaart\?q=boodschap/);
    await expect(results(page).first()).toHaveText('Tip: de boodschappen samen doen');
  });
});
