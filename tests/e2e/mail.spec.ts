import { expect, test } from '@playwright/test';
import { choose, expectConfirmation, MELDING, nextButton } from './helpers';
import { loggedIn } from './loket-helpers';
import { receivedMails, waitForMail } from './mail';
import { post } from './states';

/**
 * Mail, end to end: a melding sent through the journey reaches a real SMTP server (tests/smtp-sink.ts) as a notice to
 * the loket and, when asked for, a confirmation to the inwoner. Neither holds anything the inwoner told.
 */
const LOKET = 'loket@middenveld.example'; // the gemeente file's loket e-mail: KRACHTWIJZER_LOKET_MAIL is not set in the e2e run
const ADRES = 'gerda.bakker@example.nl';

async function toContactStep(page: import('@playwright/test').Page) {
  await page.goto('/');
  await post(page, '/levensgebieden', { levensgebieden: ['huishouden'] });
  await post(page, '/levensgebieden/huishouden', { hoeGaatHet: 'niet-goed', watLuktZelf: 'Afwassen lukt nog.', wieHelpt: 'Mijn dochter Sanne.' });
  await page.goto('/melding/contact');
}

test('a sent melding brings the loket a notice with a working link, and the inwoner the confirmation asked for', async ({ page, browser }) => {
  await toContactStep(page);
  await page.getByLabel(/^Naam( \(verplicht\))?$/).fill(MELDING.contact.naam);
  await page.getByLabel('E-mailadres').fill(ADRES);
  await page.getByLabel('In welke plaats woont u?').selectOption({ label: 'Westerbork' });
  await page.getByRole('checkbox', { name: 'Stuur mij een bevestiging per e-mail' }).check();
  await nextButton(page).click();
  await expect(page).toHaveURL(/\/melding\/controleren$/);
  await page.getByRole('link', { name: 'Naar versturen' }).click();
  await choose(page, 'Huishouden: wilt u dit delen met de gemeente?', 'Ja, delen met de gemeente');
  await page.getByRole('checkbox', { name: 'De gemeente mag contact met mij opnemen over deze melding.' }).check();
  await page.getByRole('button', { name: 'Verstuur mijn melding' }).click();
  const referentie = await expectConfirmation(page);
  await expect(page.getByText('U krijgt ook een e-mail met uw code en de datum.')).toBeVisible();

  const notice = await waitForMail(LOKET, referentie);
  expect(notice.subject).toBe(`Nieuwe melding ${referentie}, kern Westerbork`);
  expect(notice.from).toContain('noreply@middenveld.example');
  const link = /^http:\/\/127\.0\.0\.1:\d+\/loket\/meldingen\/KW-[A-Z0-9-]+$/m.exec(notice.text)?.[0];
  expect(link).toBe(new URL(`/loket/meldingen/${referentie}`, page.url()).href);

  const bevestiging = await waitForMail(ADRES, referentie);
  expect(bevestiging.subject).toBe(`Uw melding ${referentie} is ontvangen`);
  expect(bevestiging.text).toContain(`Uw code is ${referentie}.`);
  expect(bevestiging.text).toMatch(/Gemeente Middenveld heeft uw melding ontvangen op \d{1,2} \w+ \d{4}\./);

  for (const mail of [notice, bevestiging]) {
    for (const personal of [MELDING.contact.naam, 'Gerda', 'Afwassen', 'Sanne', 'dochter']) expect(mail.raw).not.toContain(personal);
  }
  expect(notice.raw).not.toContain(ADRES);

  // The link leads a medewerker, after logging in, to the melding itself.
  const loket = await browser.newPage();
  await loggedIn(loket, 'loketmedewerker');
  await loket.goto(link!);
  await expect(loket.getByRole('heading', { level: 1 })).toHaveText(`Melding ${referentie}`);
  await loket.close();
});

test('no confirmation is sent to an inwoner who did not ask for one', async ({ page }) => {
  await toContactStep(page);
  await post(page, '/melding/contact', { naam: 'Piet Zonder Bevestiging', email: 'piet@example.nl', kern: 'Beilen' });
  await post(page, '/melding/versturen', { 'delen-huishouden': 'delen', toestemmingContact: 'ja' });
  await page.goto('/melding/verstuurd');
  const referentie = await expectConfirmation(page);
  await expect(page.getByText('U krijgt ook een e-mail met uw code en de datum.')).toHaveCount(0);
  await waitForMail(LOKET, referentie);
  expect(receivedMails().filter((m) => m.envelope.to.includes('piet@example.nl'))).toEqual([]);
});

test('/healthz tells the engineer how the outbox stands, without any address', async ({ request }) => {
  const health = await (await request.get('/healthz')).json() as { mail: Record<string, unknown> };
  expect(health.mail).toMatchObject({ enabled: true, mislukt: 0, laatsteMislukt: [] });
  expect(typeof health.mail.wachtend).toBe('number');
  expect(JSON.stringify(health)).not.toContain('@');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('asking for a confirmation without an e-mail address gives a clear error and keeps the tick', async ({ page }) => {
    await toContactStep(page);
    await page.getByLabel(/^Naam( \(verplicht\))?$/).fill('Mevrouw de Vries');
    await page.getByLabel('Telefoonnummer').fill('0612345678');
    await page.getByRole('checkbox', { name: 'Stuur mij een bevestiging per e-mail' }).check();
    await nextButton(page).click();
    await expect(page).toHaveTitle(/^Fout: /);
    const summary = page.locator('[data-error-summary]');
    await expect(summary.getByRole('link', { name: 'U wilt een bevestiging per e-mail. Vul dan ook een e-mailadres in.' })).toHaveAttribute('href', '#email');
    await expect(page.getByRole('checkbox', { name: 'Stuur mij een bevestiging per e-mail' })).toBeChecked();
    await expect(page.getByLabel(/^Naam( \(verplicht\))?$/)).toHaveValue('Mevrouw de Vries');
  });
});
