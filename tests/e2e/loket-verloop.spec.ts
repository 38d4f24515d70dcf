import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { MeldingExportSchema } from '../../src/domain/loket/export';
import { loggedIn } from './loket-helpers';
import { openMelding, planGesprek, sendMelding, setStatus } from './loket-melding';

/** What the medewerker recorded stays visible: the planned gesprek and every step, with dates as people read them. */

test.describe.configure({ timeout: 90_000 });

test('the planned gesprek stays on the detail page after the melding is afgerond, with the steps that led there', async ({ page, browser }) => {
  const { referentie } = await sendMelding(browser);
  const { email } = await loggedIn(page, 'loketmedewerker');
  await openMelding(page, referentie);
  await setStatus(page, 'In behandeling');
  await planGesprek(page, { datum: '2026-12-10', tijd: '14:00', plek: 'Bij mevrouw thuis', wie: 'Ahmed' });
  await expect(page.getByTestId('gesprek')).toHaveText('Gepland: donderdag 10 december 2026, 14.00 uur, Bij mevrouw thuis, met Ahmed.');
  await setStatus(page, 'Afgerond');

  await page.reload();
  await expect(page.getByTestId('gesprek')).toHaveText('Gepland: donderdag 10 december 2026, 14.00 uur, Bij mevrouw thuis, met Ahmed.');
  const verloop = page.getByRole('region', { name: 'Verloop' }).getByRole('listitem');
  await expect(verloop).toHaveCount(4);
  await expect(verloop.nth(0)).toContainText(`Status: In behandeling. Door ${email}.`);
  await expect(verloop.nth(1)).toContainText('Gesprek gepland op donderdag 10 december 2026, 14.00 uur, Bij mevrouw thuis, met Ahmed.');
  await expect(verloop.nth(2)).toContainText('Status: Gesprek gepland.');
  await expect(verloop.nth(3)).toContainText('Status: Afgerond.');
  // Each step says when it happened, as people read a date: a weekday, the day, the month's name, and the time.
  await expect(verloop.nth(3)).toContainText(/^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} [a-z]+ \d{4}, \d{2}\.\d{2} uur /);
});

test('the werkplek in English writes the planned gesprek the English way', async ({ page, browser }) => {
  const { referentie } = await sendMelding(browser);
  await loggedIn(page, 'loketmedewerker');
  await openMelding(page, referentie);
  await setStatus(page, 'In behandeling');
  await planGesprek(page, { datum: '2026-12-10', tijd: '14:00', plek: 'Town hall', wie: 'Ahmed' });
  await page.goto(`/en/loket/meldingen/${referentie}`);
  await expect(page.getByTestId('gesprek')).toHaveText('Planned: Thursday, December 10, 2026, 14:00, Town hall, with Ahmed.');
});

test('print and JSON export carry the handling; the notes only when a beheerder asks for them', async ({ page, browser }) => {
  const { referentie } = await sendMelding(browser);
  const { email } = await loggedIn(page, 'loketmedewerker');
  await openMelding(page, referentie);
  await page.getByRole('combobox', { name: 'Toegewezen aan medewerker' }).selectOption({ label: email });
  await page.getByRole('button', { name: 'Toewijzen' }).click();
  await setStatus(page, 'In behandeling');
  await planGesprek(page, { datum: '2026-12-10', tijd: '14:00', plek: 'Bij mevrouw thuis', wie: 'Ahmed' });
  await page.getByLabel('Nieuwe notitie').fill('Dochter belt nog terug.');
  await page.getByRole('button', { name: 'Notitie opslaan' }).click();
  await setStatus(page, 'Afgerond');
  await page.getByLabel('Eigen kracht', { exact: true }).check();
  await page.getByLabel('Vrijwilligers en informele hulp').check();
  await page.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText('De uitkomst is vastgelegd.');

  const exported = await (await page.request.get(`/loket/meldingen/${referentie}/export?notities=ja`)).json();
  const { schemaVersion, melding, behandeling } = MeldingExportSchema.parse(exported);
  expect(schemaVersion).toBe(1);
  expect(melding.referentie).toBe(referentie);
  expect(behandeling).toMatchObject({
    status: 'afgerond', toegewezenAan: email,
    gesprek: { datum: '2026-12-10', tijd: '14:00', plek: 'Bij mevrouw thuis', gespreksvoerder: 'Ahmed' },
    uitkomst: { soorten: ['eigen-kracht', 'vrijwilligers'] },
  });
  expect(behandeling.historie.map((h) => h.soort === 'status' ? h.status : h.soort))
    .toEqual(['toegewezen', 'in-behandeling', 'gesprek', 'gesprek-gepland', 'afgerond']);
  // A medewerker's ?notities=ja is ignored: notes stay internal.
  expect(behandeling.notities).toBeUndefined();
  const schema = await (await page.request.get('/schema/melding-export.json')).json();
  expect(schema.properties.schemaVersion.const).toBe(1);

  await page.getByRole('link', { name: 'Printversie voor de gespreksmap' }).click();
  const main = page.getByRole('main');
  await expect(main).toContainText('Afgerond');
  await expect(main).toContainText('Gepland: donderdag 10 december 2026, 14.00 uur, Bij mevrouw thuis, met Ahmed.');
  await expect(page.getByTestId('uitkomst')).toHaveText(/Eigen kracht\s*Vrijwilligers en informele hulp/);
  await expect(page.getByRole('region', { name: 'Verloop' }).getByRole('listitem')).toHaveCount(5);
  await expect(main).not.toContainText('Dochter belt nog terug.');

  const beheerder = await browser.newContext();
  const bpage = await beheerder.newPage();
  await loggedIn(bpage, 'beheerder');
  await openMelding(bpage, referentie);
  const [download] = await Promise.all([bpage.waitForEvent('download'), bpage.getByRole('link', { name: 'Download als JSON, met de interne notities' }).click()]);
  const metNotities = MeldingExportSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
  expect(metNotities.behandeling.notities).toEqual([expect.objectContaining({ door: email, tekst: 'Dochter belt nog terug.' })]);
  await bpage.getByRole('link', { name: 'Printversie met de interne notities' }).click();
  await expect(bpage.getByRole('main')).toContainText('Dochter belt nog terug.');
  await beheerder.close();
});
