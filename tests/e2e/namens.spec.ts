import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, type Locator, type Page } from '@playwright/test';
import { test } from '@playwright/test';
import { choose, expectConfirmation, nextButton } from './helpers';
import { loggedIn } from './loket-helpers';
import { openMelding } from './loket-melding';
import { summaryValue } from './samen-helpers';
import { post } from './states';

// These tests log in to the werkplek for real (scrypt, the CLI): give them room on a busy machine.
test.describe.configure({ timeout: 150_000 });

/** Sandra fills it in for her mother Riet. */
const SANDRA = { naam: 'Sandra Mulder', relatie: 'dochter', telefoon: '06 98765432' };
const RIET = { naam: 'Riet Mulder', telefoon: '0591 123456' };

const region = (page: Page, name: string) => page.getByRole('main').getByRole('region', { name, exact: true });

/** "Wie vult dit in?" on someone's behalf, through its labels. */
async function fillNamens(page: Page, weet: 'Ja, de persoon weet het en vindt het goed' | 'Nee, of dat weet ik niet', eerst: 'Eerst met mij' | 'Eerst met de persoon zelf') {
  await page.getByLabel('Uw voor- en achternaam').fill(SANDRA.naam);
  await page.getByLabel('Wat bent u van deze persoon?').fill(SANDRA.relatie);
  await page.getByLabel(/^Uw telefoonnummer/).fill(SANDRA.telefoon);
  await choose(page, 'Weet de persoon hiervan en is hij of zij het ermee eens?', weet);
  await choose(page, 'Met wie neemt de gemeente eerst contact op?', eerst);
}

/** The contact page speaks of the person, and says nothing that contradicts it. */
async function fillContactOfPerson(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hoe kan de gemeente de persoon bereiken?');
  await expect(page.getByText('Vul hier de gegevens in van de persoon voor wie u dit invult.', { exact: false })).toBeVisible();
  await expect(page.getByText('Vul hier de gegevens van de persoon zelf in. Niet die van u.')).toBeVisible();
  await expect(page.getByText(/gegevens in van wie de gemeente moet bellen/)).toHaveCount(0);
  await expect(page.getByLabel(/bevestiging per e-mail/)).toHaveCount(0);
  await page.getByLabel('Naam van de persoon').fill(RIET.naam);
  await page.getByLabel(/^Telefoonnummer/).fill(RIET.telefoon);
  await page.getByLabel(/^In welke plaats woont de persoon\?/).selectOption({ label: 'Westerbork' });
  await choose(page, 'Hoe wil de persoon het liefst contact?', 'Bellen');
  await nextButton(page).click();
}

/** The consent row of a summary: never a bare "Ja" on someone's behalf. */
const consent = (scope: Page | Locator) => summaryValue(scope.getByRole('region', { name: 'Toestemming', exact: true }), 'De gemeente mag contact opnemen');

test('namens iemand who knows: the invuller\'s details, the person\'s contact, consent in "u", and the werkplek, its print and export agree', async ({ page }) => {
  await page.goto('/melding/wie');
  await choose(page, 'Wie vult dit in?', 'Ik vul het in voor iemand anders');
  await fillNamens(page, 'Ja, de persoon weet het en vindt het goed', 'Eerst met de persoon zelf');
  await nextButton(page).click();
  await expect(page).toHaveURL(/\/levensgebieden$/);
  await page.getByRole('checkbox', { name: /^Huishouden/ }).check();
  await nextButton(page).click();
  await page.getByLabel('Wat lukt u zelf nog wel?').fill('Zij kan nog zelf koken.');
  await page.goto('/melding/contact');
  await fillContactOfPerson(page);
  await expect(page).toHaveURL(/\/melding\/controleren$/);

  const wie = region(page, 'Wie vulde dit in');
  await expect(summaryValue(wie, 'Naam van de invuller')).toHaveText(SANDRA.naam);
  await expect(summaryValue(wie, 'Telefoon van de invuller')).toHaveText(SANDRA.telefoon);
  await expect(summaryValue(wie, 'Eerst contact met')).toHaveText('De persoon zelf');
  await expect(summaryValue(region(page, 'Contact met de persoon'), 'Naam')).toHaveText(RIET.naam);

  await page.getByRole('link', { name: 'Naar versturen' }).click();
  await expect(page.getByText('Deel alleen wat de persoon goed zou vinden.').first()).toBeVisible();
  await choose(page, 'Huishouden: wilt u dit delen met de gemeente?', 'Ja, delen met de gemeente');
  await expect(page.getByRole('radio', { name: 'Nee, dit houd ik voor mezelf' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'De gemeente mag contact met mij opnemen over deze melding.' })).toHaveCount(0);
  const toestemming = page.getByRole('checkbox', { name: 'De gemeente mag contact met u opnemen over deze melding.' });
  await expect(toestemming).toHaveAccessibleDescription('De gemeente neemt ook contact op met de persoon zelf.');
  await toestemming.check();
  await page.getByRole('button', { name: 'Verstuur de melding' }).click();
  const referentie = await expectConfirmation(page);
  await expect(consent(page.getByRole('main'))).toHaveText('Ja. De invuller gaf deze toestemming. De persoon weet van de melding en vindt het goed.');

  await loggedIn(page, 'loketmedewerker');
  await openMelding(page, referentie);
  const notice = page.getByRole('region', { name: 'Eerst contact met de persoon zelf' });
  await expect(notice).toContainText('De persoon weet ervan en vindt het goed.');
  await expect(notice).toContainText(`${SANDRA.naam}, ${SANDRA.relatie}`);
  await expect(notice).toContainText(`${RIET.naam}, ${RIET.telefoon}`);
  await page.getByRole('link', { name: 'Printversie voor de gespreksmap' }).click();
  await expect(page.getByRole('region', { name: 'Eerst contact met de persoon zelf' })).toContainText(SANDRA.telefoon);

  const exported = (await (await page.request.get(`/loket/meldingen/${referentie}/export`)).json()).melding;
  expect(exported.schemaVersion).toBe(2);
  expect(exported.invuller).toEqual({ wie: 'namens', ...SANDRA, email: '', weetPersoon: 'ja', eersteContact: 'persoon' });
  expect(exported.contact).toMatchObject({ naam: RIET.naam, telefoon: RIET.telefoon });
  const schema = await (await page.request.get('/schema/melding.json')).json();
  const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
  expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
});

test('the contact page asks the place once: Woonplaats only for "Ergens anders"', async ({ page }) => {
  await page.goto('/melding/contact');
  await expect(page.getByLabel(/^In welke plaats woont u\?/)).toBeVisible();
  await expect(page.getByLabel('Woonplaats')).toBeHidden();
  await page.getByLabel(/^In welke plaats woont u\?/).selectOption({ label: 'Ergens anders' });
  await expect(page.getByLabel('Woonplaats')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('namens iemand who does not know: the invuller must be reachable, the gemeente calls them first, and nothing says the person agreed', async ({ page }) => {
    await page.goto('/melding/wie');
    await choose(page, 'Wie vult dit in?', 'Ik vul het in voor iemand anders');
    await page.getByLabel('Wat bent u van deze persoon?').fill(SANDRA.relatie);
    await nextButton(page).click();
    await expect(page).toHaveTitle(/^Fout: /);
    const summary = page.locator('[data-error-summary]');
    for (const fout of ['Vul uw naam in. Dan kan de gemeente u terugbellen.', 'Vul uw telefoonnummer of e-mailadres in. Dan kan de gemeente u bereiken.',
      'Kies of de persoon hiervan weet en het ermee eens is.', 'Kies met wie de gemeente eerst contact opneemt.']) {
      await expect(summary.getByRole('link', { name: fout })).toBeVisible();
    }
    await expect(page.getByLabel('Wat bent u van deze persoon?')).toHaveValue(SANDRA.relatie);
    await expect(page.getByText('Dan vraagt de gemeente de persoon eerst voorzichtig of hij of zij het goed vindt.', { exact: false })).toBeHidden();
    await fillNamens(page, 'Nee, of dat weet ik niet', 'Eerst met mij');
    await expect(page.getByText('Dan vraagt de gemeente de persoon eerst voorzichtig of hij of zij het goed vindt.', { exact: false })).toBeVisible();
    await nextButton(page).click();
    await expect(page).toHaveURL(/\/levensgebieden$/);

    await post(page, '/levensgebieden', { levensgebieden: ['huishouden'] });
    await post(page, '/levensgebieden/huishouden', { hoeGaatHet: 'niet-goed', watLuktZelf: 'Zij kan nog zelf koken.' });
    await page.goto('/melding/contact');
    // The person's contact, with errors about the person.
    await page.getByLabel('Naam van de persoon').fill(RIET.naam);
    await nextButton(page).click();
    await expect(page.locator('[data-error-summary]').getByRole('link', {
      name: 'Vul een telefoonnummer, een e-mailadres of een adres van de persoon in. Dan kan de gemeente de persoon bereiken.' })).toBeVisible();
    await fillContactOfPerson(page);

    await expect(page).toHaveURL(/\/melding\/controleren$/);
    await expect(page.getByRole('region', { name: 'De gemeente vraagt de persoon eerst' })).toBeVisible();
    const wie = region(page, 'Wie vulde dit in');
    await expect(summaryValue(wie, 'Weet de persoon hiervan en is hij of zij het ermee eens\\?')).toHaveText('Nee, of de invuller weet het niet');
    await expect(summaryValue(wie, 'Eerst contact met')).toContainText('De invuller');
    await expect(summaryValue(wie, 'Eerst contact met')).toContainText('De persoon weet er nog niet van.');

    await page.getByRole('link', { name: 'Naar versturen' }).click();
    await choose(page, 'Huishouden: wilt u dit delen met de gemeente?', 'Ja, delen met de gemeente');
    const toestemming = page.getByRole('checkbox', { name: 'De gemeente mag contact met u opnemen over deze melding.' });
    await expect(toestemming).toHaveAccessibleDescription(/^De persoon weet nog niet van deze melding\. .* De persoon beslist zelf\.$/);
    await toestemming.check();
    await page.getByRole('button', { name: 'Verstuur de melding' }).click();
    const referentie = await expectConfirmation(page);
    const nee = 'Ja, met de invuller. De persoon zelf weet er nog niet van. De gemeente vraagt eerst of hij of zij het goed vindt.';
    await expect(consent(page.getByRole('main'))).toHaveText(nee);

    // The print page and the saved file say the same.
    await page.goto('/melding/mijn-verhaal');
    await expect(consent(page.getByRole('main'))).toHaveText(nee);
    const file = await (await page.request.get('/melding/mijn-verhaal/download')).text();
    expect(file).toContain(nee);
    expect(file).toContain(SANDRA.telefoon);

    await loggedIn(page, 'loketmedewerker');
    await page.goto(`/loket/inbox?zoek=${referentie}`);
    await expect(page.getByRole('row', { name: new RegExp(referentie) })).toContainText('Eerst de persoon zelf vragen');
    await openMelding(page, referentie);
    const notice = page.getByRole('region', { name: 'Eerst contact met de invuller' });
    await expect(notice).toContainText('De persoon weet er nog niet van, of is het er niet mee eens.');
    await expect(notice).toContainText(`${SANDRA.naam}, ${SANDRA.relatie}`);
    await expect(notice).toContainText(SANDRA.telefoon);
    await expect(consent(page.getByRole('main'))).toHaveText(nee);
    await page.getByRole('link', { name: 'Printversie voor de gespreksmap' }).click();
    await expect(page.getByRole('region', { name: 'Eerst contact met de invuller' })).toContainText(SANDRA.telefoon);
    await expect(consent(page.getByRole('main'))).toHaveText(nee);
    const exported = (await (await page.request.get(`/loket/meldingen/${referentie}/export`)).json()).melding;
    expect(exported.invuller).toMatchObject({ wie: 'namens', naam: SANDRA.naam, weetPersoon: 'nee', eersteContact: 'invuller' });
  });
});
