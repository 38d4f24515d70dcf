import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { MeldingExportSchema } from '../../src/domain/loket/export';
import { loggedIn } from './loket-helpers';
import { openMelding, sendMelding, setStatus } from './loket-melding';

// Each werkplek test logs in for real (scrypt, the CLI in a child process): give it room on a busy machine.
test.describe.configure({ timeout: 90_000 });

test('the inbox lists a sent melding with its columns and 6-week deadline, and filters find it', async ({ page, browser }) => {
  const { referentie, naam } = await sendMelding(browser, 'Smilde');
  await loggedIn(page, 'loketmedewerker');
  await page.getByLabel('Zoek op code of naam').fill(naam);
  await page.getByRole('button', { name: 'Filter' }).click();
  const row = page.getByRole('row').filter({ hasText: referentie });
  await expect(row).toContainText('Smilde');
  await expect(row).toContainText('Huishouden');
  await expect(row).not.toContainText('Contact met anderen'); // kept to herself: never reaches the loket
  await expect(row).toContainText('Samen ingevuld');
  await expect(row).toContainText('Nieuw');
  await expect(row).toContainText('Niemand');
  await expect(row).toContainText(/nog (41|42) d\./);

  await page.goto('/loket/inbox?kern=Smilde&levensgebied=huishouden');
  await expect(page.getByRole('link', { name: referentie })).toBeVisible();
  await page.goto('/loket/inbox?kern=Beilen');
  await expect(page.getByRole('link', { name: referentie })).toHaveCount(0);
  await page.goto('/loket/inbox?termijn=verlopen');
  await expect(page.getByRole('link', { name: referentie })).toHaveCount(0);
  // Nonsense in the query string is ignored, not an error.
  expect((await page.goto('/loket/inbox?status=kapot&pagina=-3&levensgebied=<script>'))?.status()).toBe(200);
});

test('the detail shows what the inwoner sent, own words first, with the VNG mapping', async ({ page, browser }) => {
  const { referentie, naam } = await sendMelding(browser);
  await loggedIn(page, 'loketmedewerker');
  await openMelding(page, referentie);
  const main = page.getByRole('main');
  await expect(main).toContainText('Afwassen lukt nog.');
  await expect(main).toContainText('Weer zelf koken.');
  await expect(main).toContainText('Een kookcursus in het dorpshuis.');
  await expect(main).toContainText(naam);
  await expect(main).not.toContainText('Dit houd ik voor mezelf.');
  await expect(main).toContainText('R1 schoon en leefbaar huis');
  const headings = await main.getByRole('heading', { level: 3 }).allTextContents();
  expect(headings[0]).toBe('Huishouden');
});

test('status flow, assignment and notes, each in the audit log', async ({ page, browser }) => {
  const { referentie } = await sendMelding(browser);
  const { email } = await loggedIn(page, 'loketmedewerker');
  await openMelding(page, referentie);
  await expect(page.getByRole('combobox', { name: 'Nieuwe status' }).locator('option')).toHaveText(['In behandeling', 'Ingetrokken']);
  await page.getByRole('combobox', { name: 'Nieuwe status' }).selectOption({ label: 'In behandeling' });
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.getByTestId('status')).toHaveText('In behandeling');
  await page.getByRole('combobox', { name: 'Nieuwe status' }).selectOption({ label: 'Gesprek gepland' });
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.getByTestId('status')).toHaveText('Gesprek gepland');

  // A status that may not follow is refused with a clear error, not a 500.
  const origin = new URL(page.url()).origin;
  const bad = await page.request.post(page.url().split('?')[0]!, {
    headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' }, data: 'actie=status&status=nieuw', maxRedirects: 0,
  });
  expect(bad.status()).toBe(422);

  await page.getByLabel('Toegewezen aan medewerker').selectOption({ label: email });
  await page.getByRole('button', { name: 'Toewijzen', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('De melding is toegewezen.');
  await page.goto('/loket/inbox?mij=ja');
  await expect(page.getByRole('link', { name: referentie })).toBeVisible();

  await openMelding(page, referentie);
  await page.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(page.locator('[data-error-summary]')).toContainText('Schrijf eerst een notitie.');
  await page.getByLabel('Nieuwe notitie').fill('x'.repeat(2001));
  await page.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(page.locator('[data-error-summary]')).toContainText('Maak de notitie korter');
  await expect(page.getByLabel('Nieuwe notitie')).toHaveValue('x'.repeat(2001));
  await page.getByLabel('Nieuwe notitie').fill('Dochter belt terug op maandag.');
  await page.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(page.getByRole('main')).toContainText('Dochter belt terug op maandag.');

  const beheerder = await browser.newContext();
  const bpage = await beheerder.newPage();
  await loggedIn(bpage, 'beheerder');
  await bpage.goto(`/loket/beheer/audit?referentie=${referentie}`);
  const table = bpage.getByRole('table', { name: 'Auditlog' });
  for (const action of ['Melding bekeken', 'Status gewijzigd', 'Melding toegewezen', 'Notitie toegevoegd']) await expect(table).toContainText(action);
  await expect(table).not.toContainText('Dochter belt'); // no content in the audit log
  await beheerder.close();
});

test('export gives the melding as sent, valid against the published schema; print and export are audit-logged', async ({ page, browser }) => {
  const { referentie } = await sendMelding(browser);
  await loggedIn(page, 'beheerder');
  await openMelding(page, referentie);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als JSON', exact: true }).click()]);
  const { melding } = MeldingExportSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
  expect(melding.referentie).toBe(referentie);
  expect(Object.keys(melding.antwoorden)).toEqual(['huishouden']);

  await page.getByRole('link', { name: 'Printversie voor de gespreksmap' }).click();
  await expect(page.getByRole('main')).toContainText('Afwassen lukt nog.');
  await expect(page.getByRole('banner')).toHaveCount(0);

  await page.goto(`/loket/beheer/audit?referentie=${referentie}`);
  const table = page.getByRole('table', { name: 'Auditlog' });
  await expect(table).toContainText('Melding geëxporteerd');
  await expect(table).toContainText('Melding geprint');
});

test('an unknown reference is a 404, not an error', async ({ page }) => {
  await loggedIn(page, 'loketmedewerker');
  expect((await page.goto('/loket/meldingen/KW-ZZZZ-ZZZZ'))?.status()).toBe(404);
  expect((await page.goto('/loket/meldingen/onzin'))?.status()).toBe(404);
});

test('plan het gesprek, close the melding and record the outcome, with clear errors on bad input', async ({ page, browser }) => {
  const { referentie } = await sendMelding(browser);
  await loggedIn(page, 'loketmedewerker');
  await openMelding(page, referentie);
  await setStatus(page, 'In behandeling');

  await page.getByRole('button', { name: 'Gesprek opslaan' }).click();
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toContainText('Vul een datum in');
  await expect(summary).toContainText('Vul een tijd in');
  await expect(summary).toContainText('Vul in waar het gesprek is.');
  await expect(summary).toContainText('Vul in wie het gesprek voert.');
  await page.getByLabel('Datum', { exact: true }).fill('2026-12-01');
  await page.getByLabel('Tijd', { exact: true }).fill('10:30');
  await page.getByLabel('Plek', { exact: true }).fill('Bij mevrouw thuis');
  await page.getByLabel('Gespreksvoerder', { exact: true }).fill('Ahmed, Wmo-consulent');
  await page.getByRole('button', { name: 'Gesprek opslaan' }).click();
  await expect(page.getByTestId('gesprek')).toHaveText('Gepland: dinsdag 1 december 2026, 10.30 uur, Bij mevrouw thuis, met Ahmed, Wmo-consulent.');
  await expect(page.getByTestId('status')).toHaveText('Gesprek gepland');

  await setStatus(page, 'Afgerond');
  await page.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await expect(summary).toContainText('Kies welke hulp is afgesproken.');
  await page.getByLabel('Eigen kracht', { exact: true }).check();
  await page.getByLabel('Vrijwilligers en informele hulp').check();
  await page.getByLabel(/^Toelichting/).fill('Buurtbus op donderdag.');
  await page.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText('De uitkomst is vastgelegd.');
  await expect(page.getByLabel('Eigen kracht', { exact: true })).toBeChecked();
  await expect(page.getByLabel(/^Toelichting/)).toHaveValue('Buurtbus op donderdag.');
  // Afgerond is final: no more status changes.
  await expect(page.getByRole('combobox', { name: 'Nieuwe status' })).toHaveCount(0);
});

test('a beheerder deletes a melding early with a reason; the content is gone, the audit trail stays', async ({ page, browser }) => {
  const { referentie } = await sendMelding(browser);
  await loggedIn(page, 'beheerder');
  await openMelding(page, referentie);
  await page.getByRole('button', { name: 'Verwijder de inhoud van deze melding' }).click();
  await expect(page.locator('[data-error-summary]')).toContainText('Kies waarom u de melding verwijdert.');
  await page.getByLabel('De inwoner vroeg erom (recht op verwijdering)').check();
  await page.getByRole('button', { name: 'Verwijder de inhoud van deze melding' }).click();
  await expect(page.getByRole('status').first()).toHaveText(`De inhoud van melding ${referentie} is verwijderd.`);
  expect((await page.goto(`/loket/meldingen/${referentie}`))?.status()).toBe(404);
  await page.goto(`/loket/beheer/audit?referentie=${referentie}`);
  const table = page.getByRole('table', { name: 'Auditlog' });
  await expect(table).toContainText('Melding verwijderd');
  await expect(table).toContainText('reden: verzoek-inwoner');
  await expect(table).toContainText('Melding bekeken');
});

test('a loketmedewerker has no delete button, and a forged delete post is refused', async ({ page, browser }) => {
  const { referentie } = await sendMelding(browser);
  await loggedIn(page, 'loketmedewerker');
  await openMelding(page, referentie);
  await expect(page.getByRole('button', { name: 'Verwijder de inhoud van deze melding' })).toHaveCount(0);
  const response = await page.request.post(`/loket/meldingen/${referentie}`, {
    headers: { Origin: new URL(page.url()).origin, 'Content-Type': 'application/x-www-form-urlencoded' }, data: 'actie=verwijderen&reden=dubbele-melding', maxRedirects: 0,
  });
  expect(response.status()).toBe(422);
  expect((await page.goto(`/loket/meldingen/${referentie}`))?.status()).toBe(200);
});
