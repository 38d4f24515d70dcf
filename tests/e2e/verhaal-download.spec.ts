import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readyToSend, send } from './states';

/** Clicks "Bewaar als bestand" and returns the saved file's name and text. */
async function download(page: Page, link = 'Bewaar als bestand'): Promise<{ name: string; html: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
  return { name: file.suggestedFilename(), html: await readFile((await file.path())!, 'utf8') };
}

/** Opens the saved file the way a person would, offline: nothing may be loaded from the site. */
async function openSaved(page: Page, html: string): Promise<void> {
  const requests: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith('data:')) requests.push(r.url()); });
  await page.goto('about:blank');
  await page.setContent(html);
  expect(requests, 'the saved file loads nothing from the site').toEqual([]);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('the draft can be saved as a file from the check page, with everything typed so far', async ({ page }) => {
      await readyToSend(page);
      await page.goto('/melding/controleren');
      const { name, html } = await download(page);
      expect(name).toBe('mijn-verhaal-concept.html');
      await openSaved(page, html);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn verhaal voor het gesprek');
      await expect(page.getByText('Dit verhaal is nog niet verstuurd.')).toBeVisible();
      await expect(page.getByRole('region', { name: 'Huishouden' })).toContainText('Afwassen lukt nog.');
      await expect(page.getByRole('region', { name: 'Contact', exact: true })).toContainText('Mevrouw de Vries');
      // A file to keep has no "Wijzig" links back into the site.
      await expect(page.getByRole('link')).toHaveCount(0);
    });
  });
}

test('after sending, the file holds the code and only what was shared', async ({ page }) => {
  await send(page);
  await page.goto('/melding/verstuurd');
  const code = (await page.getByTestId('referentie').innerText()).trim();
  const { name, html } = await download(page);
  expect(name).toBe(`mijn-verhaal-${code}.html`);
  await openSaved(page, html);
  await expect(page.getByRole('main')).toContainText(`Code ${code}, verstuurd op`);
  await expect(page.getByRole('region', { name: 'Huishouden' })).toContainText('Afwassen lukt nog.');
  // "Contact met anderen" was kept private: it is not in the file.
  await expect(page.getByRole('region', { name: 'Contact met anderen' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Toestemming' })).toContainText('Huishouden');
});

test('the print page offers the same file', async ({ page }) => {
  await send(page);
  await page.goto('/melding/mijn-verhaal');
  const { name } = await download(page);
  expect(name).toMatch(/^mijn-verhaal-KW-[0-9A-Z]{4}-[0-9A-Z]{4}\.html$/);
});

test('without a sent melding, the file of a sent story is not there: the person lands on the confirmation page', async ({ page }) => {
  const response = await page.goto('/melding/mijn-verhaal/download');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen melding gevonden');
});

test('the saved file, in English, is English and has no WCAG 2.2 AA violations', async ({ page }) => {
  await readyToSend(page);
  await page.goto('/en/melding/controleren');
  const { html } = await download(page, 'Save as a file');
  await openSaved(page, html);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My story for the conversation');
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
