import { expect, test } from '@playwright/test';
import { chooseTopics } from './states';

/** Pictograms next to answer options: decorative beside their text, so the name of each option is its text alone. */
test('the answers to "Hoe gaat het met …?" show a pictogram beside their text, hidden from screen readers', async ({ page }) => {
  await chooseTopics(page);
  await page.goto('/levensgebieden/huishouden');
  const groep = page.getByRole('group', { name: /^Hoe gaat het met het huishouden\?/ });
  for (const antwoord of ['Goed', 'Gaat wel', 'Niet goed', 'Weet ik niet']) {
    await expect(groep.getByRole('radio', { name: antwoord, exact: true })).toBeVisible();
    const pictogram = groep.locator(`label:text-is("${antwoord}") svg`);
    await expect(pictogram).toHaveAttribute('aria-hidden', 'true');
    await expect(pictogram).toBeVisible();
    // Drawn in the text colour: no answer is told apart by colour.
    await expect(pictogram).toHaveAttribute('stroke', 'currentColor');
  }
  // Four different drawings, not one icon repeated.
  const tekeningen = await groep.locator('label svg').evaluateAll((svgs) => svgs.map((s) => s.innerHTML));
  expect(new Set(tekeningen).size).toBe(4);
});

test('the places and times for het gesprek carry pictograms too; "Maakt mij niet uit" has none', async ({ page }) => {
  await page.goto('/melding/gesprek');
  await expect(page.locator('label:text-is("Bij mij thuis") svg')).toHaveCount(1);
  await expect(page.locator('label:text-is("In de avond") svg')).toHaveCount(1);
  await expect(page.locator('label:text-is("Maakt mij niet uit") svg')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Bij mij thuis', exact: true })).toBeVisible();
});
