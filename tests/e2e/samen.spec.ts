import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from '@playwright/test';
import { choose, expectConfirmation, fillContact, nextButton } from './helpers';
import { loggedIn } from './loket-helpers';
import { openMelding } from './loket-melding';
import { AANVULLING_HELPER, AANVULLING_WENSEN, expectAttribution, FENNA, sendWith, summaryValue, WOORDEN_INWONER } from './samen-helpers';
import { post } from './states';

// These tests log in to the werkplek for real (scrypt, the CLI): give them room on a busy machine.
test.describe.configure({ timeout: 120_000 });

const TIPS = ['Lees de vraag voor.', 'Schrijf op wat de persoon zelf zegt, in zijn of haar woorden.', 'U hoeft niet te oordelen.'];

test('helper mode: tips per step, and the helper\'s addition kept apart on controleren, print, the loket, its print and export', async ({ page }) => {
  await page.goto('/melding/wie');
  await choose(page, 'Wie vult dit in?', 'Ik help iemand met invullen');
  await page.getByLabel('Uw naam').fill(FENNA.naam);
  await page.getByLabel('Wat doet u?').fill(FENNA.rol);
  await page.getByLabel(/^Vult u dit in bij een dorpssteunpunt\?/).selectOption({ label: FENNA.steunpunt });
  await nextButton(page).click();

  await expect(page.getByRole('heading', { name: 'Tips voor de helper' })).toBeVisible();
  await expect(page.getByText('Laat de persoon zelf kiezen waarover hij of zij wil vertellen.')).toBeVisible();
  await page.getByRole('checkbox', { name: /^Huishouden/ }).check();
  await nextButton(page).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Huishouden');
  for (const tip of TIPS) await expect(page.getByRole('listitem').filter({ hasText: tip })).toBeVisible();
  await page.getByLabel('Wat lukt u zelf nog wel?').fill(WOORDEN_INWONER);
  await page.getByLabel(/^Aanvulling van de helper/).fill(AANVULLING_HELPER);
  await nextButton(page).click();

  await page.goto('/melding/wensen');
  await page.getByLabel(/^Aanvulling van de helper/).fill(AANVULLING_WENSEN);
  await nextButton(page).click();
  await page.goto('/melding/contact');
  await expect(page.getByText('Vul hier de gegevens van de persoon zelf in. Niet die van u.')).toBeVisible();
  await fillContact(page, { naam: 'Gerda Bakker', telefoon: '0612345678' });
  await nextButton(page).click();

  await expect(page).toHaveURL(/\/melding\/controleren$/);
  await expectAttribution(page);
  const wie = page.getByRole('main').getByRole('region', { name: 'Wie vulde dit in', exact: true });
  await expect(summaryValue(wie, 'Dorpssteunpunt')).toHaveText(FENNA.steunpunt);
  const wensen = page.getByRole('main').getByRole('region', { name: 'Wat ik het liefst wil', exact: true });
  await expect(summaryValue(wensen, 'Aanvulling van de helper')).toHaveText(AANVULLING_WENSEN);

  await page.getByRole('link', { name: 'Naar versturen' }).click();
  await choose(page, 'Huishouden: wilt u dit delen met de gemeente?', 'Ja, delen met de gemeente');
  await page.getByRole('checkbox', { name: 'De gemeente mag contact met mij opnemen over deze melding.' }).check();
  await page.getByRole('button', { name: 'Verstuur mijn melding' }).click();
  const referentie = await expectConfirmation(page);
  await expectAttribution(page);

  await page.goto('/melding/mijn-verhaal');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn verhaal voor het gesprek' })).toBeVisible();
  await expectAttribution(page);

  // The loket: the same attribution on the detail page and its print, and in the export.
  await loggedIn(page, 'loketmedewerker');
  await openMelding(page, referentie);
  await expectAttribution(page);
  await expect(page.getByText(`Ingevuld bij ${FENNA.steunpunt}.`)).toBeVisible();
  await page.getByRole('link', { name: 'Printversie voor de gespreksmap' }).click();
  await expectAttribution(page);
  await expect(page.getByText(`Ingevuld bij ${FENNA.steunpunt}.`)).toBeVisible();

  const { melding: exported } = await (await page.request.get(`/loket/meldingen/${referentie}/export`)).json();
  expect(exported.antwoorden.huishouden).toMatchObject({ watLuktZelf: WOORDEN_INWONER, aanvullingHelper: AANVULLING_HELPER });
  expect(exported.wensen.aanvullingHelper).toBe(AANVULLING_WENSEN);
  expect(exported.invuller).toMatchObject({ wie: 'samen', dorpssteunpunt: FENNA.steunpunt });
  const schema = await (await page.request.get('/schema/melding.json')).json();
  const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
  expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
});

test('filling it in alone shows no helper tips and no field for a helper', async ({ page }) => {
  await page.goto('/');
  await post(page, '/melding/wie', { wie: 'zelf' });
  await post(page, '/levensgebieden', { levensgebieden: ['huishouden'] });
  await page.goto('/levensgebieden/huishouden');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Huishouden');
  await expect(page.getByRole('heading', { name: 'Tips voor de helper' })).toHaveCount(0);
  await expect(page.getByLabel(/^Aanvulling van de helper/)).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // Namens iemand (with and without the person knowing) has its own spec: namens.spec.ts.

  test('a dorpssteunpunt the gemeente does not have is refused politely', async ({ page }) => {
    await page.goto('/');
    const body = new URLSearchParams({ wie: 'samen', helperNaam: 'Jan', dorpssteunpunt: 'Steunpunt Elders' });
    const response = await page.request.post('/melding/wie', { headers: { Origin: new URL(page.url()).origin, 'Content-Type': 'application/x-www-form-urlencoded' }, data: body.toString(), maxRedirects: 0 });
    expect(response.status()).toBe(422);
    expect(await response.text()).toContain('Kies een van de antwoorden uit de lijst.');
  });
});

test('the gemeente counts meldingen per dorpssteunpunt, without personal data', async ({ page, browser }) => {
  await loggedIn(page, 'beheerder');
  const steunpunt = 'Dorpssteunpunt Smilde';
  const count = async () => {
    await page.goto('/loket/beheer/samen');
    await expect(page.getByRole('heading', { level: 1, name: 'Meldingen per dorpssteunpunt' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: steunpunt }).filter({ hasText: 'Samen ingevuld' });
    return (await row.count()) === 0 ? 0 : Number(await row.getByRole('cell').last().textContent());
  };
  const before = await count();
  await sendWith(browser, { wie: 'samen', helperNaam: 'Jan', helperRol: 'vrijwilliger', dorpssteunpunt: steunpunt });
  expect(await count()).toBe(before + 1);
  await expect(page.getByRole('main')).not.toContainText('Gerda Bakker');
  await expect(page.getByRole('main')).not.toContainText(/KW-/);
});
