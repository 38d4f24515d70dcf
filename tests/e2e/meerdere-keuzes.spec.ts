import { expect, test, type Page } from '@playwright/test';
import { loggedIn } from './loket-helpers';
import { openMelding, sendMelding } from './loket-melding';
import { chooseTopics, next } from './states';

/**
 * Every checkbox group, werkplek and inwoner journey: tick several boxes, save, come back, and every tick is still
 * there. A group read as a single value once kept only the first kind of help at the werkplek.
 */

test.describe.configure({ timeout: 90_000 });

const group = (page: Page, legend: string | RegExp) => page.getByRole('group', { name: legend });

async function expectChecked(page: Page, legend: string | RegExp, labels: readonly string[]) {
  for (const label of labels) await expect(group(page, legend).getByRole('checkbox', { name: label })).toBeChecked();
}

test('werkplek: every kind of help ticked under the outcome survives saving and a reload', async ({ page, browser }) => {
  const { referentie } = await sendMelding(browser);
  await loggedIn(page, 'loketmedewerker');
  await openMelding(page, referentie);
  for (const label of ['In behandeling', 'Afgerond']) {
    await page.getByRole('combobox', { name: 'Nieuwe status' }).selectOption({ label });
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
  }
  const soorten = ['Eigen kracht', 'Hulp uit het eigen netwerk', 'Vrijwilligers en informele hulp'];
  for (const label of soorten) await group(page, /Welke hulp is afgesproken/).getByRole('checkbox', { name: label }).check();
  await page.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText('De uitkomst is vastgelegd.');
  await page.reload();
  await expectChecked(page, /Welke hulp is afgesproken/, soorten);
  await expect(group(page, /Welke hulp is afgesproken/).getByRole('checkbox', { name: 'Algemene voorziening' })).not.toBeChecked();
});

test('journey: several onderwerpen on the first page survive saving', async ({ page }) => {
  await page.goto('/levensgebieden');
  const onderwerpen = ['Huishouden', 'Wonen', 'Vervoer'];
  for (const naam of onderwerpen) await page.getByRole('checkbox', { name: new RegExp(`^${naam}`) }).check();
  await next(page);
  await page.goto('/levensgebieden');
  for (const naam of onderwerpen) await expect(page.getByRole('checkbox', { name: new RegExp(`^${naam}`) })).toBeChecked();
});

test('journey: several recognised sentences under "hulp bij kiezen" all become onderwerpen', async ({ page }) => {
  await page.goto('/levensgebieden/hulp-bij-kiezen');
  const legend = 'Wat herkent u?';
  await group(page, legend).getByRole('checkbox', { name: /schoonmaken, koken of de was/ }).check();
  await group(page, legend).getByRole('checkbox', { name: /veel alleen/ }).check();
  await group(page, legend).getByRole('checkbox', { name: /post, rekeningen/ }).check();
  await page.getByRole('button', { name: 'Kies deze onderwerpen' }).click();
  for (const naam of ['Huishouden', 'Contact met anderen', 'Geld en papieren']) {
    await expect(page.getByRole('checkbox', { name: new RegExp(`^${naam}`) })).toBeChecked();
  }
});

test('journey: several things that are hard ("Waar heeft u moeite mee?") survive saving', async ({ page }) => {
  await chooseTopics(page);
  await page.goto('/levensgebieden/huishouden');
  const moeite = ['Schoonmaken', 'De was doen', 'Koken'];
  for (const label of moeite) await group(page, /Waar heeft u moeite mee/).getByRole('checkbox', { name: label }).check();
  await next(page);
  await page.goto('/levensgebieden/huishouden');
  await expectChecked(page, /Waar heeft u moeite mee/, moeite);
});

test('journey: several parts of the day for het gesprek survive saving', async ({ page }) => {
  await chooseTopics(page);
  await page.goto('/melding/gesprek');
  const dagdelen = ['In de ochtend', 'In de middag', 'In de avond'];
  for (const label of dagdelen) await group(page, /Wanneer kan het/).getByRole('checkbox', { name: label }).check();
  await next(page);
  await page.goto('/melding/gesprek');
  await expectChecked(page, /Wanneer kan het/, dagdelen);
});
