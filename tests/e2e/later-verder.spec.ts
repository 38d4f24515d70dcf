import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { loggedIn } from './loket-helpers';
import { openMelding } from './loket-melding';
import { askCode, device, readyToSend, sendFromPage, startAndPause, useCode, WAT_LUKT } from './later-verder-helpers';

// A few tests log in at the werkplek for real (scrypt, the CLI in a child process): give them room on a busy machine.
test.describe.configure({ timeout: 90_000 });

test.describe('Later verder: a draft on another device', () => {
  test('a code from one browser opens the draft in another, and the first browser no longer has it', async ({ page, browser }) => {
    await startAndPause(page);
    const code = await askCode(page);
    await expect(page.getByText('De code werkt tot en met')).toBeVisible();
    await expect(page.getByText('Schrijf uw geboortejaar of uw woord niet bij de code.')).toBeVisible();

    const other = await device(browser);
    // Typed as a person might: lower case, spaces instead of dashes.
    await useCode(other.page, code.toLowerCase().replace(/-/g, ' '));
    await expect(other.page.getByRole('heading', { level: 1, name: 'Welkom terug' })).toBeVisible();
    await expect(other.page.getByText('Uw verhaal staat nu in deze browser.')).toBeVisible();
    await expect(other.page.getByText('Daar is uw verhaal nu weg.')).toBeVisible();
    await other.page.getByRole('link', { name: 'Bekijk uw verhaal' }).click();
    await expect(other.page.getByRole('main')).toContainText(WAT_LUKT);

    // The first browser: the story is gone from it.
    await page.goto('/melding/controleren');
    await expect(page.getByRole('main')).not.toContainText(WAT_LUKT);

    // The code keeps working: it can move the draft back.
    await useCode(page, code);
    await expect(page.getByRole('heading', { level: 1, name: 'Welkom terug' })).toBeVisible();
    await page.goto('/levensgebieden/huishouden');
    await expect(page.getByLabel('Wat lukt u zelf nog wel?')).toHaveValue(WAT_LUKT);
    await other.context.close();
  });

  test('using a code in a browser that holds a story with its own code leaves that story and its code alone', async ({ page, browser }) => {
    await startAndPause(page);
    const code = await askCode(page);
    // Someone else started a story in another browser and made a code for it.
    const other = await device(browser);
    await other.page.goto('/levensgebieden');
    await other.page.getByRole('checkbox', { name: 'Contact met anderen' }).check();
    await other.page.getByRole('button', { name: 'Volgende', exact: true }).click();
    await other.page.getByLabel('Wat lukt u zelf nog wel?').fill('Bellen met mijn zus lukt nog.');
    await other.page.getByRole('button', { name: 'Later verder' }).click();
    const otherCode = await askCode(other.page, { geboortejaar: '1960' });
    await other.page.goto('/verder');
    await expect(other.page.getByText('Heeft u voor het verhaal dat hier nu staat een code? Die blijft gewoon werken.')).toBeVisible();
    await useCode(other.page, code);
    await other.page.getByRole('link', { name: 'Bekijk uw verhaal' }).click();
    await expect(other.page.getByRole('main')).toContainText(WAT_LUKT);
    await expect(other.page.getByRole('main')).not.toContainText('Bellen met mijn zus lukt nog.');
    // The other story is still there for its own code.
    const third = await device(browser);
    await useCode(third.page, otherCode, '1960');
    await third.page.getByRole('link', { name: 'Bekijk uw verhaal' }).click();
    await expect(third.page.getByRole('main')).toContainText('Bellen met mijn zus lukt nog.');
    await other.context.close();
    await third.context.close();
  });

  test('a word of their own works as the second factor, in any case', async ({ page, browser }) => {
    await startAndPause(page);
    const code = await askCode(page, { woord: 'Zonnebloem' });
    const other = await device(browser);
    await useCode(other.page, code, '1948');
    await expect(other.page.getByRole('heading', { level: 1, name: 'Verder met uw verhaal' })).toBeVisible();
    await useCode(other.page, code, 'zonnebloem ');
    await expect(other.page.getByRole('heading', { level: 1, name: 'Welkom terug' })).toBeVisible();
    await other.context.close();
  });

  test('a wrong year gives a polite error and keeps what was typed; after five wrong tries the code is blocked', async ({ page, browser }) => {
    await startAndPause(page);
    const code = await askCode(page);
    const other = await device(browser);
    await useCode(other.page, code, '1949');
    await expect(other.page).toHaveTitle(/^Fout: /);
    const summary = other.page.locator('[data-error-summary]');
    await expect(summary).toContainText('De code of het geboortejaar klopt niet.');
    await expect(summary).toBeFocused();
    await expect(other.page.getByLabel('Uw code')).toHaveValue(code);
    for (let i = 0; i < 4; i++) await useCode(other.page, code, `195${i}`);
    // Now even the right year is refused, politely, with what to do instead.
    const response = other.page.waitForResponse((r) => r.url().endsWith('/verder') && r.request().method() === 'POST');
    await useCode(other.page, code, '1948');
    expect((await response).status()).toBe(429);
    await expect(summary).toContainText('Daarom werkt de code 24 uur niet.');
    // The draft is still where it was.
    await page.goto('/levensgebieden/huishouden');
    await expect(page.getByLabel('Wat lukt u zelf nog wel?')).toHaveValue(WAT_LUKT);
    await other.context.close();
  });

  test('a code that cannot be one, or an unknown one, gives a clear error', async ({ page }) => {
    await useCode(page, 'KW-1234-5678');
    await expect(page.locator('[data-error-summary]')).toContainText('Deze code kan niet kloppen.');
    await useCode(page, 'ABCD-EFGH-JKMN');
    await expect(page.locator('[data-error-summary]')).toContainText('De code of het geboortejaar klopt niet.');
    await page.goto('/verder');
    await page.getByRole('button', { name: 'Verder gaan' }).click();
    await expect(page.locator('[data-error-summary]')).toContainText('Vul uw code in.');
    await expect(page.locator('[data-error-summary]')).toContainText('Vul uw geboortejaar in, of het woord dat u koos.');
  });

  test('asking for a code without a year gives an error on the field', async ({ page }) => {
    await startAndPause(page);
    await page.getByRole('button', { name: 'Geef mij een code' }).click();
    await expect(page.locator('[data-error-summary]')).toContainText('Vul uw geboortejaar in.');
    await page.getByLabel('Uw geboortejaar').fill('48');
    await page.getByRole('button', { name: 'Geef mij een code' }).click();
    await expect(page.locator('[data-error-summary]')).toContainText('Vul uw geboortejaar in met vier cijfers');
    await expect(page.getByLabel('Uw geboortejaar')).toHaveValue('48');
  });

  test('"Wis mijn gegevens" also kills the code', async ({ page, browser }) => {
    await startAndPause(page);
    const code = await askCode(page);
    await page.getByRole('button', { name: 'Wis mijn gegevens' }).click();
    await expect(page.getByText('Uw code om later verder te gaan werkt daarna ook niet meer.')).toBeVisible();
    await page.getByRole('button', { name: 'Ja, wis alles' }).click();
    const other = await device(browser);
    await useCode(other.page, code);
    await expect(other.page.locator('[data-error-summary]')).toContainText('De code of het geboortejaar klopt niet.');
    await other.context.close();
  });

  test('after 30 days the code no longer opens the draft', async ({ page, browser }) => {
    await startAndPause(page);
    const code = await askCode(page);
    const late = await device(browser, 31);
    await useCode(late.page, code);
    await expect(late.page.locator('[data-error-summary]')).toContainText('Deze code werkt niet meer. Een code werkt 30 dagen.');
    const inTime = await device(browser, 29);
    await useCode(inTime.page, code);
    await expect(inTime.page.getByRole('heading', { level: 1, name: 'Welkom terug' })).toBeVisible();
    await late.context.close();
    await inTime.context.close();
  });
});

test.describe('Later verder: the persoonlijk plan after sending', () => {
  /** Sends a melding whose code was asked for while filling in (the code goes on working after sending). */
  async function sendWithCode(page: Page): Promise<{ code: string; referentie: string }> {
    await readyToSend(page, `Inwoner ${randomUUID().slice(0, 6)}`);
    await page.goto('/melding/controleren');
    await page.getByRole('link', { name: 'Later verder' }).click();
    const code = await askCode(page);
    const referentie = await sendFromPage(page);
    await expect(page.getByText(/Met uw code kunt u tot .* ook hier uw eigen plan toevoegen\./)).toBeVisible();
    return { code, referentie };
  }

  test('within 7 days the plan reaches the loket: detail page, print, export and audit log', async ({ page, browser }) => {
    const { code, referentie } = await sendWithCode(page);

    // Two days later, on another device.
    const later = await device(browser, 2);
    await useCode(later.page, code);
    await expect(later.page.getByRole('heading', { level: 1, name: 'Uw eigen plan toevoegen' })).toBeVisible();
    await expect(later.page.getByTestId('verder-status')).toHaveText('Verstuurd. De gemeente gaat ermee aan de slag.');
    await later.page.getByRole('button', { name: 'Stuur mijn plan naar de gemeente' }).click();
    await expect(later.page.locator('[data-error-summary]')).toContainText('Schrijf uw plan op.');
    const plan = 'Ik wil eerst zelf een kookcursus proberen.\nMijn buurvrouw wil op dinsdag mee-eten.';
    await later.page.getByLabel('Uw eigen plan').fill(plan);
    await later.page.getByRole('button', { name: 'Stuur mijn plan naar de gemeente' }).click();
    await expect(later.page.getByRole('status')).toContainText('De gemeente heeft uw plan ontvangen.');
    await expect(later.page.getByRole('region', { name: 'Wat u al toevoegde' })).toContainText('Ik wil eerst zelf een kookcursus proberen.');
    await later.context.close();

    // The loket sees it as a dated addition, on the detail page, in print and in the export.
    await loggedIn(page, 'beheerder');
    await openMelding(page, referentie);
    const section = page.getByRole('region', { name: 'Persoonlijk plan van de inwoner' });
    await expect(section).toContainText('Ik wil eerst zelf een kookcursus proberen.');
    await expect(section).toContainText(/Toegevoegd op \d{1,2} [a-z]+ \d{4} om \d{2}:\d{2} uur/);
    const exported = await page.request.get(`/loket/meldingen/${referentie}/export`);
    const json = await exported.json() as { melding: { persoonlijkPlan?: { tekst: string; toegevoegdOp: string }[] } };
    expect(json.melding.persoonlijkPlan?.map((p) => p.tekst)).toEqual([plan]);
    await page.getByRole('link', { name: 'Printversie voor de gespreksmap' }).click();
    await expect(page.getByRole('region', { name: 'Persoonlijk plan van de inwoner' })).toContainText('Mijn buurvrouw wil op dinsdag mee-eten.');

    // Viewing the plan is in the audit log, apart from viewing the melding; so is the inwoner adding it.
    await page.goto(`/loket/beheer/audit?referentie=${referentie}`);
    await expect(page.getByRole('table')).toContainText('Persoonlijk plan bekeken');
    await expect(page.getByRole('table')).toContainText('Persoonlijk plan toegevoegd (door inwoner)');
  });

  test('after 7 days the code shows only the status the loket set, and who to call', async ({ page, browser }) => {
    const { code, referentie } = await sendWithCode(page);
    await loggedIn(page, 'loketmedewerker');
    await openMelding(page, referentie);
    await page.getByRole('combobox', { name: 'Nieuwe status' }).selectOption({ label: 'In behandeling' });
    await page.getByRole('button', { name: 'Status wijzigen' }).click();

    const afterWeek = await device(browser, 8);
    await useCode(afterWeek.page, code);
    await expect(afterWeek.page.getByRole('heading', { level: 1, name: 'Hoe gaat het met uw melding?' })).toBeVisible();
    await expect(afterWeek.page.getByTestId('verder-status')).toHaveText('De gemeente is ermee bezig.');
    await expect(afterWeek.page.getByText('Een eigen plan toevoegen kon tot')).toBeVisible();
    await expect(afterWeek.page.getByText(/Bel Loket .* op 0592/)).toBeVisible();
    await expect(afterWeek.page.getByLabel('Uw eigen plan')).toHaveCount(0);
    // The story is not shown there.
    await expect(afterWeek.page.getByRole('main')).not.toContainText(WAT_LUKT);

    // Stopping ends this browser's access.
    await afterWeek.page.getByRole('button', { name: 'Stoppen' }).click();
    await expect(afterWeek.page.getByText('U bent gestopt.')).toBeVisible();
    await afterWeek.page.goto('/verder/plan');
    await expect(afterWeek.page.getByRole('heading', { level: 1, name: 'Verder met uw verhaal' })).toBeVisible();
    await afterWeek.context.close();
  });
});

test.describe('Later verder without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the step is saved, the code made and used, and a plan added, all with plain forms', async ({ page, browser }) => {
    // "Later verder" on a step saves what was typed first.
    await startAndPause(page);
    const code = await askCode(page);
    const other = await device(browser, undefined, false);
    await useCode(other.page, code);
    await other.page.getByRole('link', { name: 'Bekijk uw verhaal' }).click();
    await expect(other.page.getByRole('main')).toContainText(WAT_LUKT);

    // After sending, the confirmation page offers a code for the plan.
    await other.page.goto('/melding/contact');
    await other.page.getByLabel(/^Naam( \(verplicht\))?$/).fill('Gerda Bakker');
    await other.page.getByLabel('Telefoonnummer').fill('0612345678');
    await other.page.getByRole('button', { name: 'Volgende', exact: true }).click();
    await sendFromPage(other.page);
    await other.page.getByRole('link', { name: 'Vraag een code om later uw plan toe te voegen' }).click();
    const planCode = await askCode(other.page, { geboortejaar: '1951' });
    await expect(other.page.getByText(/U kunt tot .* uw eigen plan toevoegen\./)).toBeVisible();

    const third = await device(browser, 1, false);
    await useCode(third.page, planCode, '1951');
    await third.page.getByLabel('Uw eigen plan').fill('Ik wil graag een vrijwilliger die meekookt.');
    await third.page.getByRole('button', { name: 'Stuur mijn plan naar de gemeente' }).click();
    await expect(third.page.getByText('De gemeente heeft uw plan ontvangen.')).toBeVisible();
    await other.context.close();
    await third.context.close();
  });
});
