import { expect, test } from '@playwright/test';
import { choose, expectStep, nextButton, startTopic } from './helpers';

/** Hulp in de buurt in the journey: after a levensgebied's questions, offers the person may mark, and those marks in the summary. */

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('marks offers after describing a levensgebied and sees them in the summary', async ({ page }) => {
      await startTopic(page, 'Huishouden', /\/levensgebieden\/huishouden$/);
      await nextButton(page).click();

      await expectStep(page, 4, 10, 'Hulp in de buurt: Huishouden');
      await expect(page.getByText('Het is geen besluit van de gemeente.')).toBeVisible();
      // Informal first: a tip about people around you leads the list.
      await expect(page.getByRole('listitem').getByRole('heading', { level: 2 }).first()).toHaveText('Tip: de boodschappen samen doen');
      await choose(page, 'Wat wilt u met Boodschappenmaatje?', 'Wil ik zelf proberen');
      await choose(page, 'Wat wilt u met Samen eten op donderdag?', 'Wil ik meer over weten');
      await nextButton(page).click();
      await expect(page).toHaveURL(/\/melding\/mensen$/);

      await page.goto('/melding/controleren');
      const huishouden = page.getByRole('region', { name: 'Huishouden' });
      await expect(huishouden.getByText('Wil ik zelf proberen: Boodschappenmaatje')).toBeVisible();
      await expect(huishouden.getByText('Wil ik meer over weten: Samen eten op donderdag')).toBeVisible();

      // Back on the step, the choices are still there.
      await page.goto('/levensgebieden/huishouden/hulp-in-de-buurt');
      await expect(page.getByRole('group', { name: 'Wat wilt u met Boodschappenmaatje?' }).getByLabel('Wil ik zelf proberen')).toBeChecked();
    });
  });
}

test('the step may be passed by without marking anything', async ({ page }) => {
  await startTopic(page, 'Geld en papieren', /\/levensgebieden\/geld$/);
  await page.goto('/levensgebieden/geld/hulp-in-de-buurt');
  await nextButton(page).click();
  await expect(page).toHaveURL(/\/melding\/mensen$/);
  await page.goto('/melding/controleren');
  await expect(page.getByText('Hulp in de buurt')).toHaveCount(1); // only the header link
});

test('a forged choice is refused with a message', async ({ page }) => {
  await startTopic(page, 'Huishouden', /\/levensgebieden\/huishouden$/);
  await page.goto('/levensgebieden/huishouden/hulp-in-de-buurt');
  const radio = page.getByRole('group', { name: 'Wat wilt u met Boodschappenmaatje?' }).getByLabel('Nu niet');
  await radio.evaluate((el: HTMLInputElement) => { el.value = 'aanvragen'; });
  await radio.check();
  await nextButton(page).click();
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(page.getByText('Kies een van de antwoorden uit de lijst.').first()).toBeVisible();
});
