import { expect, test, type Page } from '@playwright/test';
import { loggedIn } from './loket-helpers';
import { openMelding, planGesprek, sendMelding, setStatus } from './loket-melding';

/**
 * People's own words in the werkplek are isolated (<bdi>): a right-to-left override (U+202E) typed into a name or
 * a note reverses only those words, never the sentence, label or column that follows.
 */

test.describe.configure({ timeout: 90_000 });

const RLO = '\u202E';

/** For every text node in the main content with an override in it: the isolating element's whole text. */
const isolatedTexts = (page: Page) => page.getByRole('main').evaluate((main, rlo) => {
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const found: (string | null)[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.includes(rlo)) continue;
    const isolate = node.parentElement?.closest('bdi, [dir="auto"]');
    found.push(isolate && isolate !== main ? isolate.textContent : null);
  }
  return found;
}, RLO);

test('a name, own words, a place and a note with a right-to-left override stay isolated on the detail page and in print', async ({ page, browser }) => {
  const naam = `Anna ${RLO}Jansen`;
  const woorden = `Afwassen ${RLO}lukt nog`;
  const { referentie } = await sendMelding(browser, 'Westerbork', { naam, watLuktZelf: woorden });
  await loggedIn(page, 'loketmedewerker');
  await openMelding(page, referentie);
  await setStatus(page, 'In behandeling');
  const plek = `Buurthuis ${RLO}De Brink`;
  await planGesprek(page, { datum: '2026-12-10', tijd: '14:00', plek, wie: 'Ahmed' });
  const notitie = `Dochter ${RLO}belt terug`;
  await page.getByLabel('Nieuwe notitie').fill(notitie);
  await page.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText('De notitie is opgeslagen.');

  const expected = [naam, woorden, plek, notitie];
  // Each override sits in an isolate that holds exactly what the person typed, nothing of ours after it.
  const found = await isolatedTexts(page);
  for (const text of expected) expect(found, `isolated: ${JSON.stringify(text)}`).toContain(text);
  expect(found).not.toContain(null);
  // The sentence around the place still reads in its own order.
  await expect(page.getByTestId('gesprek')).toHaveText(`Gepland: donderdag 10 december 2026, 14.00 uur, ${plek}, met Ahmed.`);

  await page.getByRole('link', { name: 'Printversie voor de gespreksmap' }).click();
  const inPrint = await isolatedTexts(page);
  for (const text of [naam, woorden, plek]) expect(inPrint, `isolated in print: ${JSON.stringify(text)}`).toContain(text);
  expect(inPrint).not.toContain(null);
});
