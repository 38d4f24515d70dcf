import { expect, test, type BrowserContext } from '@playwright/test';
import { choose, expectConfirmation, fillWie, MELDING, nextButton, sendShortMelding } from './helpers';

/**
 * Privacy on a shared computer (a dorpssteunpunt, a library): one cookie, set only once something is saved,
 * never readable by scripts; one button wipes everything; nothing is cached; a melding is sent once.
 */

const COOKIE = 'kw_sessie';
const sessionCookie = async (context: BrowserContext) => (await context.cookies()).find((c) => c.name === COOKIE);

test('the session cookie is set only at the first save, HttpOnly and SameSite=Lax', async ({ page, context }) => {
  await page.goto('/');
  expect(await sessionCookie(context)).toBeUndefined();
  await page.getByRole('link', { name: 'Begin', exact: true }).click();
  await expect(page).toHaveURL(/\/melding\/wie$/);
  // Looking at a step stores nothing.
  expect(await sessionCookie(context)).toBeUndefined();

  await choose(page, 'Wie vult dit in?', 'Ik vul het in voor mezelf');
  await nextButton(page).click();
  await expect(page).toHaveURL(/\/levensgebieden$/);

  const cookie = await sessionCookie(context);
  expect(cookie).toBeDefined();
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  // Scripts on the page cannot read it.
  expect(await page.evaluate(() => document.cookie)).not.toContain(COOKIE);
});

test('"Wis mijn gegevens" deletes the draft and the cookie', async ({ page, context }) => {
  await page.goto('/melding/wie');
  await fillWie(page);
  await nextButton(page).click();
  await expect(page).toHaveURL(/\/levensgebieden$/);
  const oldCookie = await sessionCookie(context);
  expect(oldCookie).toBeDefined();

  await page.getByRole('banner').getByRole('button', { name: 'Wis mijn gegevens' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wis mijn gegevens');
  await expect(page.getByText('Alles wat u heeft ingevuld, wordt gewist.')).toBeVisible();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw gegevens zijn gewist');
  await expect(page.getByRole('status')).toHaveText('Wat u had ingevuld, is weg. Deze browser onthoudt niets meer van u.');
  expect(await sessionCookie(context)).toBeUndefined();

  await page.goto('/melding/wie');
  await expect(page.getByRole('radio', { name: 'Ik help iemand met invullen' })).not.toBeChecked();
  await expect(page.getByLabel('Uw naam')).toHaveValue('');

  // The draft is gone from the server too: the old cookie, brought back, finds nothing.
  await context.addCookies([oldCookie!]);
  await page.goto('/melding/wie');
  await expect(page.getByRole('radio', { name: 'Ik help iemand met invullen' })).not.toBeChecked();
  await expect(page.getByLabel('Uw naam')).toHaveValue('');
});

test('responses are not cached and send no referrer', async ({ page, baseURL }) => {
  const expectPrivate = (headers: Record<string, string>, what: string) => {
    expect(headers['cache-control'], what).toBe('no-store');
    expect(headers['referrer-policy'], what).toBe('no-referrer');
  };

  for (const path of ['/', '/melding/wie', '/en/melding/contact', '/bestaat-niet', '/healthz']) {
    const response = await page.goto(path);
    expectPrivate(response!.headers(), `GET ${path}`);
  }

  // A saved step (303) and a refused one (422) carry the same headers.
  const origin = new URL(baseURL!).origin;
  const saved = await page.request.post('/melding/wensen', { form: { wondervraag: 'Weer fietsen.' }, headers: { Origin: origin }, maxRedirects: 0 });
  expect(saved.status()).toBe(303);
  expectPrivate(saved.headers(), 'POST saved');
  const refused = await page.request.post('/levensgebieden', { form: {}, headers: { Origin: origin } });
  expect(refused.status()).toBe(422);
  expectPrivate(refused.headers(), 'POST 422');

  // And a page with the person's answers on it.
  const withAnswers = await page.goto('/melding/controleren');
  await expect(page.getByRole('main')).toContainText('Weer fietsen.');
  expectPrivate(withAnswers!.headers(), 'GET controleren');
});

test('sending again after it went through shows the same confirmation and sends nothing new', async ({ page, baseURL }) => {
  const code = await sendShortMelding(page);

  // Back to the send page: it has nothing left to send, so it shows the same confirmation.
  await page.goBack();
  await expect(page).toHaveURL(/\/melding\/verstuurd$/);
  expect(await expectConfirmation(page)).toBe(code);

  // A replayed post (same cookie, valid Origin) ends on the same confirmation too.
  const replay = await page.request.post('/melding/versturen', {
    headers: { Origin: new URL(baseURL!).origin },
    form: { 'delen-huishouden': 'delen', toestemmingContact: 'ja' },
  });
  expect(replay.status()).toBe(200);
  expect(replay.url()).toMatch(/\/melding\/verstuurd$/);
  const body = await replay.text();
  expect(body).toContain(code);
  expect(body.match(/KW-[0-9A-Z]{4}-[0-9A-Z]{4}/g)?.every((c) => c === code)).toBe(true);

  await page.reload();
  expect(await expectConfirmation(page)).toBe(code);
  await page.goto('/melding/mijn-verhaal');
  await expect(page.getByRole('main')).toContainText(code);
});

test('after sending, the draft is empty, and "Wis mijn gegevens" also hides the confirmation', async ({ page }) => {
  await sendShortMelding(page);
  await page.goto('/melding/contact');
  await expect(page.getByLabel(/^Naam( \(verplicht\))?$/)).toHaveValue('');
  await expect(page.getByLabel('Telefoonnummer')).toHaveValue('');
  await page.goto('/levensgebieden');
  await expect(page.getByRole('checkbox', { name: /^Huishouden/ })).not.toBeChecked();

  // The wipe page says the melding itself is already with the gemeente.
  await page.getByRole('button', { name: 'Wis mijn gegevens' }).click();
  await expect(page.getByText('Uw melding is al verstuurd. De gemeente heeft die.')).toBeVisible();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw gegevens zijn gewist');

  // Whoever uses this browser next cannot open the confirmation or the print page.
  const response = await page.goto('/melding/verstuurd');
  expect(response?.status()).toBe(404);
  await expect(page.getByText('Er is vanuit deze browser nog geen melding verstuurd.')).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(MELDING.contact.naam);
  await page.goto('/melding/mijn-verhaal');
  await expect(page.getByRole('main')).not.toContainText(MELDING.contact.naam);
});
