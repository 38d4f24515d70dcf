import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { choose, fillContact, nextButton } from './helpers';
import { browserTraces, FENNA, WOORDEN_INWONER } from './samen-helpers';
import { post } from './states';

/**
 * Shared computers ("gedeelde computer"). The e2e server wipes an idle shared draft after 40 seconds
 * (KRACHTWIJZER_GEDEELD_IDLE_SECONDS in playwright.config.ts), with the warning after 20.
 */
const IDLE_MS = 40_000;
const WARN_AFTER_MS = 20_000;
const PERSOON = { naam: 'Gerda Bakker', telefoon: '0612345678', email: 'gerda.bakker@example.nl' };

/** Fills in a short story through the pages on a shared computer, ending on the check page. */
async function fillOnSharedComputer(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Begin', exact: true }).click();
  await choose(page, 'Wie vult dit in?', 'Ik help iemand met invullen');
  await page.getByLabel('Uw naam').fill(FENNA.naam);
  await nextButton(page).click();
  await page.getByRole('checkbox', { name: /^Huishouden/ }).check();
  await nextButton(page).click();
  await page.getByLabel('Wat lukt u zelf nog wel?').fill(WOORDEN_INWONER);
  await nextButton(page).click();
  await page.goto('/melding/contact');
  // Personal fields: the browser must not remember them for the next person.
  for (const label of ['Naam', 'Telefoonnummer', 'E-mailadres', 'Straat en huisnummer', 'Postcode', 'Woonplaats']) {
    await expect(page.getByLabel(new RegExp(`^${label}( \\((niet )?verplicht\\))?$`))).toHaveAttribute('autocomplete', 'off');
  }
  await fillContact(page, PERSOON);
  await nextButton(page).click();
  await expect(page).toHaveURL(/\/melding\/controleren$/);
  await expect(page.getByRole('main')).toContainText(PERSOON.naam);
}

/** Starts on /steunpunt as a helper and saves the first step, ending on the choice of levensgebieden. */
async function startAsHelper(page: Page): Promise<void> {
  await page.goto('/steunpunt');
  await page.getByRole('link', { name: 'Begin', exact: true }).click();
  await choose(page, 'Wie vult dit in?', 'Ik help iemand met invullen');
  await page.getByLabel('Uw naam').fill(FENNA.naam);
  await nextButton(page).click();
  await expect(page).toHaveURL(/\/levensgebieden$/);
}

/** Wipes with "Klaar? Wis alles van deze computer" and checks that nothing is left: not in the browser, not on Back. */
async function wipeAndExpectNoTrace(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Klaar? Wis alles van deze computer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alles is gewist van deze computer' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Begin opnieuw op deze computer' })).toHaveAttribute('href', '/steunpunt');
  expect(await browserTraces(page)).toEqual({ cookies: [], local: 0, session: 0 });
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(PERSOON.naam);
  await expect(page.getByRole('main')).not.toContainText(WOORDEN_INWONER);
  await page.goto('/melding/wie');
  await expect(page.getByLabel('Uw naam')).toHaveValue('');
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('/steunpunt: nothing kept in the browser, no autocomplete, and "Klaar? Wis alles" leaves no trace', async ({ page }) => {
      await page.goto('/steunpunt');
      await expect(page.getByRole('heading', { level: 1, name: 'Invullen op een gedeelde computer' })).toBeVisible();
      await expect(page.getByText('U gebruikt een gedeelde computer. Deze browser onthoudt niets.')).toBeVisible();
      await fillOnSharedComputer(page);
      // A saved file would stay in this computer's downloads for the next person: not offered here.
      await expect(page.getByRole('link', { name: 'Bewaar als bestand' })).toHaveCount(0);
      const traces = await browserTraces(page);
      // Only two cookies, both gone when the browser closes; nothing in localStorage or sessionStorage.
      expect(traces).toEqual({ cookies: expect.arrayContaining(['kw_sessie', 'kw_gedeeld']), local: 0, session: 0 });
      expect(traces.cookies).toHaveLength(2);
      for (const cookie of await page.context().cookies()) expect(cookie.expires, cookie.name).toBe(-1);
      await wipeAndExpectNoTrace(page);
    });

    test('the start page turns the shared computer on; after sending, wiping removes the confirmation too', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Dit is een gedeelde computer' }).click();
      await expect(page).toHaveURL(/\/steunpunt$/);
      await post(page, '/levensgebieden', { levensgebieden: ['huishouden'] });
      await post(page, '/levensgebieden/huishouden', { watLuktZelf: WOORDEN_INWONER });
      await post(page, '/melding/contact', { naam: PERSOON.naam, telefoon: PERSOON.telefoon, voorkeur: 'telefoon' });
      await post(page, '/melding/versturen', { 'delen-huishouden': 'delen', toestemmingContact: 'ja' });
      await page.goto('/melding/verstuurd');
      await expect(page.getByRole('heading', { level: 1, name: 'Uw melding is verstuurd' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Bewaar als bestand' })).toHaveCount(0);
      await wipeAndExpectNoTrace(page);
      await page.goto('/melding/verstuurd');
      await expect(page.getByRole('main')).not.toContainText(PERSOON.naam);
    });
  });
}

test('at home the contact fields keep their autocomplete, so a person\'s own browser may help them', async ({ page }) => {
  await page.goto('/melding/contact');
  await expect(page.getByLabel(/^Naam( \(verplicht\))?$/)).toHaveAttribute('autocomplete', 'name');
  await expect(page.getByLabel(/^Telefoonnummer/)).toHaveAttribute('autocomplete', 'tel');
  await expect(page.getByText('U gebruikt een gedeelde computer.')).toHaveCount(0);
});

test('"Bent u er nog?" comes first; "Ik ben er nog" keeps the draft; doing nothing wipes it', async ({ page }) => {
  test.setTimeout(150_000);
  await startAsHelper(page);
  const loaded = Date.now();

  const dialog = page.getByRole('dialog', { name: 'Bent u er nog?' });
  await expect(dialog).toBeVisible({ timeout: WARN_AFTER_MS + 10_000 });
  expect(Date.now() - loaded).toBeGreaterThan(WARN_AFTER_MS - 2_000);
  await expect(dialog).toContainText('Over 20 seconden wissen wij alles van deze computer.');
  // The modal dialog has the focus, on "Ik ben er nog" (keyboard users meet it at once).
  await expect(dialog.getByRole('button', { name: 'Ik ben er nog' })).toBeFocused();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const extended = Date.now();

  // Past the first 40 seconds the draft is still there: "Ik ben er nog" moved the server's expiry too.
  await expect(dialog).toBeVisible({ timeout: WARN_AFTER_MS + 10_000 });
  expect(Date.now() - loaded).toBeGreaterThan(IDLE_MS);
  expect(await (await page.request.get('/melding/wie')).text()).toContain(FENNA.naam);

  // Nobody answers: everything is wiped and the page says why.
  await expect(page).toHaveURL(/\/wissen\?klaar=ja&reden=tijd$/, { timeout: IDLE_MS });
  expect(Date.now() - extended).toBeGreaterThan(IDLE_MS - 2_000);
  await expect(page.getByText('Er is een tijd niets gedaan. Daarom hebben wij alles gewist van deze computer.')).toBeVisible();
  expect(await browserTraces(page)).toEqual({ cookies: [], local: 0, session: 0 });
  await page.goBack();
  await expect(page.getByRole('main')).not.toContainText(FENNA.naam);
  await page.goto('/melding/wie');
  await expect(page.getByLabel('Uw naam')).toHaveValue('');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the server wipes an idle shared draft by itself, and says so on the next page', async ({ page }) => {
    test.setTimeout(120_000);
    await startAsHelper(page);
    await page.waitForTimeout(IDLE_MS + 2_000);
    await page.getByRole('button', { name: 'Vorige' }).click();
    await expect(page).toHaveURL(/\/wissen\?klaar=ja&reden=tijd$/);
    await expect(page.getByText('Er is een tijd niets gedaan. Daarom hebben wij alles gewist van deze computer.')).toBeVisible();
    expect((await page.context().cookies()).map((c) => c.name)).toEqual([]);
    await page.goto('/melding/wie');
    await expect(page.getByLabel('Uw naam')).toHaveValue('');
  });
});
