import { expect, test } from '@playwright/test';
import { loggedIn, loketCli } from './loket-helpers';
import { openMelding, sendMelding } from './loket-melding';

// Each werkplek test logs in for real (scrypt, the CLI in a child process): give it room on a busy machine.
test.describe.configure({ timeout: 120_000 });

const DAY = 24 * 60 * 60 * 1000;
/**
 * A run as of a later day also applies the term of "Klopt dit niet?" reports as of that day: here it is set long, so
 * the reports other tests make at the same time on the same server stay.
 */
const KEEP_KLOPT_NIET = { KRACHTWIJZER_KLOPT_NIET_BEWAAR_MAANDEN: '120', KRACHTWIJZER_KLOPT_NIET_OPEN_MAANDEN: '120' };
/** A day as YYYY-MM-DD, `days` from now. */
const day = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/**
 * Retention end to end. The clock is moved the honest way: the retention job itself is run through the werkplek's CLI
 * (`npm run loket -- bewaartermijn --op <datum>`) against the running server's data directory, as of a later day. The
 * server has no clock to set, and the CLI refuses a later day when NODE_ENV=production.
 */
test('an afgeronde melding is deleted after the bewaartermijn; its audit trail stays, with reason bewaartermijn', async ({ page, browser }) => {
  const { referentie } = await sendMelding(browser);
  await loggedIn(page, 'beheerder');
  await openMelding(page, referentie);
  for (const label of ['In behandeling', 'Afgerond']) {
    await page.getByRole('combobox', { name: 'Nieuwe status' }).selectOption({ label });
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect(page.getByTestId('status')).toHaveText(label);
  }

  // Eleven months on (the term is 12): nothing of this melding goes.
  expect(loketCli(['bewaartermijn', '--op', day(335)], undefined, KEEP_KLOPT_NIET)).not.toContain(referentie);
  expect((await page.goto(`/loket/meldingen/${referentie}`))?.status()).toBe(200);

  // Thirteen months on: its content is deleted.
  const output = loketCli(['bewaartermijn', '--op', day(396)], undefined, KEEP_KLOPT_NIET);
  expect(output).toContain(referentie);
  expect(output).toMatch(/concepten \d+, meldingen [1-9]\d*, later-verder \d+, mail \d+, loket-sessies \d+, inlogpogingen \d+, klopt-niet 0, klopt-niet-limiet \d+/);
  expect((await page.goto(`/loket/meldingen/${referentie}`))?.status()).toBe(404);

  await page.goto(`/loket/beheer/audit?referentie=${referentie}`);
  const table = page.getByRole('table', { name: 'Auditlog' });
  const deletion = table.getByRole('row').filter({ hasText: 'Melding verwijderd' });
  await expect(deletion).toHaveCount(1);
  await expect(deletion).toContainText('bewaartermijn');
  await expect(deletion).toContainText('reden: bewaartermijn');
  await expect(table).toContainText('Status gewijzigd');
  await expect(table).toContainText('Melding bekeken');

  // Each run is one line of its own, with what it deleted per kind.
  await page.goto('/loket/beheer/audit?actie=bewaartermijn-uitgevoerd');
  await expect(page.getByRole('table', { name: 'Auditlog' }).getByRole('row').filter({ hasText: 'Bewaartermijnen uitgevoerd' }).first())
    .toContainText(/concepten \d+, meldingen [1-9]/);
});

test('a beheerder reads every retention term on its page; a loketmedewerker may not', async ({ page, browser }) => {
  await loggedIn(page, 'beheerder');
  await page.getByRole('navigation', { name: 'Werkplek' }).getByRole('link', { name: 'Bewaartermijnen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bewaartermijnen');
  // The terms the server runs with (the defaults here), in plain words.
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Verstuurde meldingen/ }) }))
    .toContainText('De inhoud wordt gewist 12 maanden nadat de melding is afgerond.');
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Meldingen 'Klopt dit niet\?'/ }) }))
    .toContainText('Gewist 6 maanden nadat de melding is afgehandeld. Is de melding niet afgehandeld? Dan wordt ze 12 maanden na het versturen gewist.');
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Auditlog' }) })).toContainText('Deze gegevens worden niet gewist.');

  const medewerker = await (await browser.newContext()).newPage();
  await loggedIn(medewerker, 'loketmedewerker');
  await expect(medewerker.getByRole('navigation', { name: 'Werkplek' }).getByRole('link', { name: 'Bewaartermijnen' })).toHaveCount(0);
  expect((await medewerker.goto('/loket/beheer/bewaartermijnen'))?.status()).toBe(403);
  await expect(medewerker.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
});

test('the retention command refuses a later day in production, and a date it cannot read', () => {
  const refused = (args: string[], env: Record<string, string> = {}) => {
    try {
      loketCli(args, undefined, env);
      return '';
    } catch (error) {
      return String((error as { stderr?: unknown }).stderr);
    }
  };
  expect(refused(['bewaartermijn', '--op', day(400)], { NODE_ENV: 'production' })).toContain('refused with NODE_ENV=production');
  expect(refused(['bewaartermijn', '--op', 'volgend-jaar'])).toContain('write the date as YYYY-MM-DD');
});
