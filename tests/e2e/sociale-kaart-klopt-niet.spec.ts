import { expect, test } from '@playwright/test';

/** "Klopt dit niet?" on every entry: a short form for the gemeente's beheerder, Post/Redirect/Get. */

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('reports what is wrong about an entry and gets a thank-you', async ({ page }) => {
      await page.goto('/sociale-kaart/tuinhulp-smilde');
      await page.getByRole('link', { name: 'Geef door wat er niet klopt' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Klopt er iets niet bij Tuinhulp?' })).toBeVisible();
      await page.getByLabel('Wat klopt er niet?').fill('Het telefoonnummer werkt niet meer.');
      await page.getByRole('button', { name: 'Verstuur' }).click();
      await expect(page).toHaveURL(/\/sociale-kaart\/tuinhulp-smilde\?gemeld=ja$/);
      await expect(page.getByRole('status')).toHaveText('Dank u wel. De gemeente kijkt ernaar en past het aan als het nodig is.');
    });
  });
}

test('an empty report or one with markup gets a clear message and keeps what was typed', async ({ page }) => {
  await page.goto('/sociale-kaart/tuinhulp-smilde/klopt-niet');
  await page.getByRole('button', { name: 'Verstuur' }).click();
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(page.getByRole('link', { name: 'Schrijf wat er niet klopt.' })).toBeVisible();
  await page.getByLabel('Wat klopt er niet?').fill('<script>alert(1)</script>');
  await page.getByRole('button', { name: 'Verstuur' }).click();
  await expect(page.getByRole('link', { name: 'Gebruik geen < of > in uw tekst.' })).toBeVisible();
  await expect(page.getByLabel('Wat klopt er niet?')).toHaveValue('<script>alert(1)</script>');
});

test('a report for an entry that does not exist is "pagina niet gevonden"', async ({ page }) => {
  expect((await page.goto('/sociale-kaart/bestaat-niet/klopt-niet'))?.status()).toBe(404);
});
