import { expect, test, type Page } from '@playwright/test';
import { post } from './states';
import { loggedIn } from './loket-helpers';
import { openMelding, sendMelding } from './loket-melding';

/** Safety: a quick way out for someone who is not safe at home, and help to call at once. */

const NEUTRAL = 'https://www.buienradar.nl/';
const HULP_NU = 'Hulp nodig? Bel nu';

/** The neutral site is outside this machine's closed network: serve a stand-in page for it. */
async function standInForNeutralSite(page: Page) {
  await page.context().route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Het weer</title><h1>Het weer</h1>' }));
}

async function chooseVeiligheid(page: Page) {
  await page.goto('/');
  await post(page, '/levensgebieden', { levensgebieden: ['wonen', 'veiligheid'] });
}

test.describe('Snel weg', () => {
  test('is not there before safety comes up, and stays on every page once it has', async ({ page }) => {
    await page.goto('/levensgebieden');
    await expect(page.getByRole('link', { name: 'Snel weg' })).toHaveCount(0);
    await chooseVeiligheid(page);
    for (const path of ['/levensgebieden/veiligheid', '/levensgebieden/wonen', '/melding/mensen', '/melding/controleren']) {
      await page.goto(path);
      await expect(page.getByRole('link', { name: 'Snel weg' }), path).toBeVisible();
    }
  });

  test('with the mouse, replaces the page so Back does not return to it', async ({ page }) => {
    await standInForNeutralSite(page);
    await chooseVeiligheid(page);
    await page.goto('/levensgebieden');
    await page.goto('/levensgebieden/veiligheid');
    await page.getByRole('link', { name: 'Snel weg' }).click();
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    await expect(page).not.toHaveURL(/\/levensgebieden\/veiligheid$/);
  });

  test('with the keyboard: Escape twice', async ({ page }) => {
    await standInForNeutralSite(page);
    await chooseVeiligheid(page);
    await page.goto('/levensgebieden/veiligheid');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(NEUTRAL);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('is a plain link to the neutral site', async ({ page }) => {
      await standInForNeutralSite(page);
      await chooseVeiligheid(page);
      await page.goto('/levensgebieden/veiligheid');
      await page.getByRole('link', { name: 'Snel weg' }).click();
      await expect(page).toHaveURL(NEUTRAL);
    });
  });
});

test.describe('answers that signal danger', () => {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled });

      test('show who to call at once, and the melding can still be sent', async ({ page }) => {
        await chooseVeiligheid(page);
        await page.goto('/levensgebieden/veiligheid');
        const hulp = page.getByRole('region', { name: HULP_NU });
        await expect(hulp).toBeHidden();
        await page.getByRole('checkbox', { name: 'Veel ruzie thuis' }).check();
        await expect(hulp, 'a quarrel alone is no emergency').toBeHidden();

        await page.getByRole('checkbox', { name: 'Ik voel me niet veilig thuis' }).check();
        await expect(hulp).toBeVisible();
        await expect(hulp.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
        await expect(hulp.getByRole('link', { name: '0800-2000' })).toBeVisible();
        await expect(hulp.getByRole('link', { name: '0800-0113' })).toBeVisible();
        await page.getByRole('button', { name: 'Volgende', exact: true }).click();

        await page.goto('/levensgebieden/veiligheid');
        await expect(page.getByRole('region', { name: HULP_NU }), 'still there after saving').toBeVisible();

        await post(page, '/melding/contact', { naam: 'A. Jansen', telefoon: '0612345678' });
        await page.goto('/melding/controleren');
        await expect(page.getByRole('region', { name: HULP_NU })).toBeVisible();
        await post(page, '/melding/versturen', { 'delen-wonen': 'delen', 'delen-veiligheid': 'delen', toestemmingContact: 'ja' });
        await page.goto('/melding/verstuurd');
        await expect(page.getByTestId('referentie')).toHaveText(/^KW-/);
        await expect(page.getByRole('region', { name: HULP_NU })).toBeVisible();
      });
    });
  }
});

test('the loket sees "Dringend" with the reason, and no such flag on an ordinary melding', async ({ page, browser }) => {
  await chooseVeiligheid(page);
  await post(page, '/levensgebieden/veiligheid', { moeiteMet: ['ruzie', 'geweld'] });
  await post(page, '/melding/contact', { naam: 'B. de Wit', telefoon: '0612345678' });
  await post(page, '/melding/versturen', { 'delen-wonen': 'delen', 'delen-veiligheid': 'delen', toestemmingContact: 'ja' });
  await page.goto('/melding/verstuurd');
  const referentie = (await page.getByTestId('referentie').textContent())!.trim();
  const gewoon = await sendMelding(browser);

  const loket = await (await browser.newContext()).newPage();
  await loggedIn(loket, 'loketmedewerker');
  await openMelding(loket, referentie);
  const dringend = loket.getByRole('region', { name: 'Dringend' });
  await expect(dringend).toBeVisible();
  await expect(dringend).toContainText('Veilig thuis: Iemand doet mij pijn');
  await expect(dringend).not.toContainText('Veel ruzie thuis');

  await openMelding(loket, gewoon.referentie);
  await expect(loket.getByRole('region', { name: 'Dringend' })).toHaveCount(0);
});
