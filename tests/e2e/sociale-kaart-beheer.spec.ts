import { expect, test, type Page } from '@playwright/test';
import { loggedIn } from './loket-helpers';

// Each werkplek test logs in for real (scrypt, the CLI in a child process): give it room on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** A word nobody else searches for: letters only (numbers are never counted), not changed by the stemmer. */
const uniqueWord = () => `kw${Array.from({ length: 8 }, () => 'bdfgkmprtvz'[Math.floor(Math.random() * 11)]).join('')}a`;

/** Reports what is wrong about an entry through the public form, as an inwoner does. */
async function reportWrong(page: Page, slug: string, text: string) {
  await page.goto(`/sociale-kaart/${slug}/klopt-niet`);
  await page.getByLabel('Wat klopt er niet?').fill(text);
  await page.getByLabel('Hoe kunnen wij u bereiken').fill('jan@example.nl');
  await page.getByRole('button', { name: 'Verstuur' }).click();
  await expect(page).toHaveURL(new RegExp(`/sociale-kaart/${slug}\\?gemeld=ja$`));
}

test('a beheerder reads "Klopt dit niet?" reports, follows the link to the entry and marks one as handled', async ({ page, browser }) => {
  const inwoner = await browser.newPage();
  const text = `Het nummer werkt niet meer (${uniqueWord()}).`;
  await reportWrong(inwoner, 'tuinhulp-smilde', text);
  await inwoner.close();

  const { email } = await loggedIn(page, 'beheerder');
  await page.getByRole('navigation', { name: 'Werkplek' }).getByRole('link', { name: 'Klopt dit niet?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Klopt dit niet? Meldingen over hulp in de buurt');
  const row = page.getByRole('row').filter({ hasText: text });
  await expect(row.getByRole('cell').nth(3)).toHaveText('jan@example.nl');
  await expect(row.getByRole('link', { name: 'Tuinhulp' })).toHaveAttribute('href', '/sociale-kaart/tuinhulp-smilde');
  // Newest first: the report just made is the first row under the header.
  await expect(page.getByRole('row').nth(1)).toContainText(text);

  await row.getByRole('button', { name: /^Markeer als afgehandeld \(Tuinhulp, / }).click();
  await expect(page.getByRole('status').first()).toHaveText('De melding is afgehandeld.');
  await expect(page.getByRole('row').filter({ hasText: text })).toHaveCount(0);
  await page.getByRole('link', { name: 'Alle meldingen' }).click();
  await expect(page.getByRole('row').filter({ hasText: text })).toContainText(`door ${email}`);

  // The audit log says who read and who handled, never what was written.
  await page.goto(`/loket/beheer/audit?wie=${encodeURIComponent(email)}`);
  const audit = page.getByRole('table', { name: 'Auditlog' });
  await expect(audit).toContainText('Klopt-dit-niet-melding afgehandeld');
  await expect(audit).toContainText('Klopt-dit-niet-meldingen bekeken');
  await expect(audit).not.toContainText('Het nummer werkt niet meer');
});

test('a beheerder sees searches without a result counted per word, most frequent first, per period', async ({ page }) => {
  const vaak = uniqueWord();
  const eenmaal = uniqueWord();
  for (const q of [vaak, `${vaak} ${eenmaal}`]) {
    await page.goto(`/sociale-kaart?q=${q}`);
    await expect(page.getByRole('heading', { name: 'Geen hulp gevonden' })).toBeVisible();
  }
  await loggedIn(page, 'beheerder');
  await page.getByRole('navigation', { name: 'Werkplek' }).getByRole('link', { name: 'Niet gevonden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Niet gevonden op hulp in de buurt');
  await page.getByLabel('Periode').selectOption({ label: 'Afgelopen 7 dagen' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/periode=week/);
  const table = page.getByRole('table', { name: 'Niet gevonden op hulp in de buurt' });
  await expect(table.getByRole('row').filter({ hasText: vaak })).toHaveText(`${vaak}2`);
  await expect(table.getByRole('row').filter({ hasText: eenmaal })).toHaveText(`${eenmaal}1`);
  const words = await table.getByRole('row').allTextContents();
  expect(words.findIndex((w) => w.startsWith(vaak))).toBeLessThan(words.findIndex((w) => w.startsWith(eenmaal)));
  await expect(page.getByRole('main')).not.toContainText(`${vaak} ${eenmaal}`); // the search text itself is never kept
});

test('with live search, a word without a result is counted once the search is finished, not for every letter', async ({ page }) => {
  const woord = uniqueWord();
  await page.goto('/sociale-kaart');
  await page.getByLabel('Waar zoekt u hulp bij?').pressSequentially(woord, { delay: 40 });
  await expect(page.getByRole('heading', { name: 'Geen hulp gevonden' })).toBeVisible();
  await page.keyboard.press('Tab'); // leaving the field finishes the search
  await page.getByLabel('Waar zoekt u hulp bij?').focus();
  await page.keyboard.press('Enter'); // sending the same search again counts nothing more
  await expect(page).toHaveURL(new RegExp(`\\?q=${woord}$`));
  await loggedIn(page, 'beheerder');
  await page.goto('/loket/beheer/lacunes?periode=week');
  const table = page.getByRole('table', { name: 'Niet gevonden op hulp in de buurt' });
  await expect(table.getByRole('row').filter({ hasText: woord })).toHaveText(`${woord}1`);
  await expect(table.getByRole('row').filter({ hasText: woord.slice(0, 6) })).toHaveCount(1); // no prefixes counted
});

test('a loketmedewerker gets "Geen toegang" on both beheer pages and does not see them in the navigation', async ({ page }) => {
  await loggedIn(page, 'loketmedewerker');
  await expect(page.getByRole('navigation', { name: 'Werkplek' }).getByRole('link', { name: 'Klopt dit niet?' })).toHaveCount(0);
  for (const path of ['/loket/beheer/klopt-niet', '/loket/beheer/lacunes']) {
    expect((await page.goto(path))?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
  }
});
