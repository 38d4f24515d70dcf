import { expect, test, type Page } from '@playwright/test';
import { loggedIn } from './loket-helpers';
import { sendMelding } from './loket-melding';

/** The inbox reads on a wide screen and reflows on a narrow one (WCAG 1.4.10): no word split over two lines. */

test.describe.configure({ timeout: 90_000 });

/** Words in the inbox table's headers and short cells that are split over more than one line. */
const brokenWords = (page: Page, selector: string) => page.getByRole('table', { name: 'Meldingen' }).evaluate((table, selector) => {
  const broken: string[] = [];
  for (const cell of table.querySelectorAll<HTMLElement>(selector)) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        if (range.getClientRects().length > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}, selector);

test('at 1280 px the inbox table keeps every header and status whole', async ({ page, browser }) => {
  await sendMelding(browser);
  await page.setViewportSize({ width: 1280, height: 800 });
  await loggedIn(page, 'loketmedewerker');
  await expect(page.getByRole('columnheader', { name: 'Status' })).toBeVisible();
  // On a wide screen the column headers name the cells; the card labels are out of the way.
  await expect(page.getByRole('cell', { name: 'Nieuw', exact: true }).first()).toBeVisible();
  expect(await brokenWords(page, 'thead th, tbody td:not(:nth-child(7))')).toEqual([]);
});

test('at 320 px each inbox row is a card whose cells name their column, words whole', async ({ page, browser }) => {
  const { referentie } = await sendMelding(browser);
  await page.setViewportSize({ width: 320, height: 720 });
  await loggedIn(page, 'loketmedewerker');
  await page.goto(`/loket/inbox?zoek=${referentie}`);
  const row = page.getByRole('row').filter({ hasText: referentie });
  await expect(row.getByRole('cell', { name: 'Status: Nieuw' })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Ingevuld: Samen ingevuld' })).toBeVisible();
  const box = (await row.boundingBox())!;
  expect(box.width).toBeGreaterThan(250);
  expect(await brokenWords(page, 'tbody td:not(:nth-child(7))')).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
