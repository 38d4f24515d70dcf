import { expect, test } from '@playwright/test';

test('every page links to the accessibility statement, which names the standard and how to report a problem', async ({ page }) => {
  for (const path of ['/', '/melding/wie', '/sociale-kaart']) {
    await page.goto(path);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }), path).toBeVisible();
  }
  await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toegankelijkheid');
  await expect(page.getByRole('main')).toContainText('WCAG 2.2, niveau A en AA');
  await expect(page.getByRole('heading', { name: 'Wat werkt nog niet goed?' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('loket@middenveld.example');
});
