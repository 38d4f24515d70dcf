import { expect, test, type Page } from '@playwright/test';

/** Hulp in de buurt: search, filters and an entry's page, as an inwoner uses them. */

const results = (page: Page) => page.getByRole('region', { name: /gevonden|Alle hulp/ }).getByRole('heading', { level: 3 });

/** Console messages about the Content-Security-Policy, which would mean something on the page was blocked. */
function cspErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) errors.push(m.text()); });
  return errors;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('the header leads to hulp in de buurt from any page', async ({ page }) => {
      await page.goto('/privacy');
      await page.getByRole('link', { name: 'Hulp in de buurt' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Hulp in de buurt' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: /^Alle hulp: \d+ mogelijkheden$/ })).toBeVisible();
    });

    test('finds "boodschappen" when searching for "boodschap", informal help first', async ({ page }) => {
      await page.goto('/sociale-kaart');
      await page.getByLabel('Waar zoekt u hulp bij?').fill('boodschap');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await expect(page).toHaveURL(/q=boodschap/);
      await expect(page.getByRole('heading', { level: 2, name: /mogelijkheden gevonden/ })).toBeVisible();
      await expect(results(page).first()).toHaveText('Tip: de boodschappen samen doen');
      await expect(results(page).getByText('Boodschappenmaatje')).toBeVisible();
      // Entries not checked for over a year ("Samen koken en eten") come after every checked one.
      const entries = page.getByRole('region', { name: /gevonden/ }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
      const stale = (await entries.allTextContents()).map((text) => text.includes('Lang niet gecontroleerd'));
      expect(stale).toEqual([...stale].sort((a, b) => Number(a) - Number(b)));
      await expect(entries.filter({ hasText: 'Samen koken en eten' })).toContainText('Lang niet gecontroleerd');
    });

    test('filters on kind of help, cost and village', async ({ page }) => {
      await page.goto('/sociale-kaart');
      await page.getByText('Meer keuzes').click();
      await page.getByRole('group', { name: 'Wat voor hulp?' }).getByLabel('Vrijwilligers').check();
      await page.getByRole('group', { name: 'Kosten' }).getByLabel('Gratis').check();
      await page.getByLabel('Dorp').selectOption('Smilde');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await expect(page.getByRole('group', { name: 'Wat voor hulp?' }).getByLabel('Vrijwilligers')).toBeChecked();
      // Checked entries first; the two not checked for over a year last, the one in Smilde itself before the one for everyone.
      await expect(results(page)).toHaveText(['Buurtbemiddeling', 'Even vrij: een vrijwilliger neemt de zorg over', 'Maatje bij dementie',
        'Vriendendienst', 'Klusjesochtend', 'Hulp bij thuisadministratie']);
    });

    test('shows an entry with who, when, cost, where and when it was checked', async ({ page }) => {
      const csp = cspErrors(page);
      await page.goto('/sociale-kaart?q=koffie');
      await page.getByRole('link', { name: 'Koffie in de Brink' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Koffie in de Brink' })).toBeVisible();
      for (const term of ['Contact', 'Wanneer', 'Kosten', 'Waar', 'Laatst gecontroleerd op']) await expect(page.getByRole('term').getByText(term, { exact: true })).toBeVisible();
      await expect(page.getByText('Dinsdag van 10.00 tot 12.00 uur.')).toBeVisible();
      await expect(page.getByText('Nieuwe mensen welkom')).toBeVisible();
      await expect(page.getByText('Lang niet gecontroleerd')).toHaveCount(0);
      const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? '{}');
      expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'Service', name: 'Koffie in de Brink' });
      expect(csp).toEqual([]);
    });
  });
}

test('marks an entry not checked for over a year', async ({ page }) => {
  await page.goto('/sociale-kaart/klusjesochtend-smilde');
  await expect(page.getByText('Lang niet gecontroleerd. Bel eerst even of het er nog is.')).toBeVisible();
});

test('help through the gemeente is a GovernmentService in its JSON-LD', async ({ page }) => {
  await page.goto('/sociale-kaart/vervoerspas');
  const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? '{}');
  expect(jsonLd['@type']).toBe('GovernmentService');
});

test('shows the loket when nothing is found', async ({ page }) => {
  await page.goto('/sociale-kaart?q=strijkservice');
  await expect(page.getByRole('heading', { name: 'Geen hulp gevonden' })).toBeVisible();
  await expect(page.getByText('Bel 0592 000 000')).toBeVisible();
});

test('ignores filter values it does not know, without an error', async ({ page }) => {
  const response = await page.goto('/sociale-kaart?soort=%3Cscript%3E&kern=Atlantis&page=-1&levensgebied=tuinieren');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 2, name: /^Alle hulp/ })).toBeVisible();
});

test('an entry that does not exist is "pagina niet gevonden"', async ({ page }) => {
  const response = await page.goto('/sociale-kaart/bestaat-niet');
  expect(response?.status()).toBe(404);
});

test('works in English too', async ({ page }) => {
  await page.goto('/en/sociale-kaart?q=koffie');
  await expect(page.getByRole('heading', { level: 1, name: 'Help nearby' })).toBeVisible();
  await page.getByRole('link', { name: 'Koffie in de Brink' }).click();
  await expect(page.getByText('Last checked on')).toBeVisible();
});
