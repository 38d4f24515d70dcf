import { expect, test } from '@playwright/test';
import { loggedIn, loketCli } from './loket-helpers';
import { openMelding, sendMelding } from './loket-melding';

// Each werkplek test logs in for real (scrypt, the CLI in a child process): give it room on a busy machine.
test.describe.configure({ timeout: 120_000 });

const DAY = 24 * 60 * 60 * 1000;
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
  expect(loketCli(['bewaartermijn', '--op', day(335)])).not.toContain(referentie);
  expect((await page.goto(`/loket/meldingen/${referentie}`))?.status()).toBe(200);

  // Thirteen months on: its content is deleted.
  expect(loketCli(['bewaartermijn', '--op', day(396)])).toContain(referentie);
  expect((await page.goto(`/loket/meldingen/${referentie}`))?.status()).toBe(404);

  await page.goto(`/loket/beheer/audit?referentie=${referentie}`);
  const table = page.getByRole('table', { name: 'Auditlog' });
  const deletion = table.getByRole('row').filter({ hasText: 'Melding verwijderd' });
  await expect(deletion).toHaveCount(1);
  await expect(deletion).toContainText('bewaartermijn');
  await expect(deletion).toContainText('reden: bewaartermijn');
  await expect(table).toContainText('Status gewijzigd');
  await expect(table).toContainText('Melding bekeken');
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
