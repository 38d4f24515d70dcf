import { expect, test, type Page } from '@playwright/test';
import { expectSummary, MELDING, readSummary, sendMelding, walkJourney } from './helpers';

/**
 * The whole journey, as a volunteer at a dorpssteunpunt walks it with Gerda: once with JavaScript and once without.
 * Both must end on the same confirmation, so both compare their summary with the one text below.
 */

/** The confirmation's summary, one line per section, as the loket will read it. "Vervoer en onderweg" was kept private. */
const EXPECTED_SUMMARY = [
  'Wie vulde dit in Ingevuld door Ik help iemand met invullen Naam van de helper Fenna de Vries Rol van de helper vrijwilliger Organisatie van de helper Dorpssteunpunt Westerbork',
  // Only the shared levensgebied is listed as chosen.
  'Onderwerpen Gekozen onderwerpen Huishouden',
  'Huishouden Hoe gaat het Niet goed Wat lukt zelf Ik kan zelf nog afwassen en een boterham smeren. Moeite met Koken Boodschappen doen Wie helpt Mijn dochter doet op zaterdag de boodschappen. Wat ik weer wil kunnen Zelf weer een warme maaltijd koken. Waarom dat belangrijk is Dan hoef ik niet elke avond brood te eten. Wil ik over praten Ja',
  'Mensen om mij heen Buurvrouw Anna Buurman of buurvrouw Ze brengt elke dinsdag de krant en drinkt koffie. Elke week Nee, het is al veel Liever niet vragen, omdat: Ze is zelf ook al 84. Thuiszorg Middenveld Professional Helpt mij met douchen. Elke dag Ik zorg voor iemand Ja Voor wie Mijn man Henk. Hij vergeet steeds meer. Is het soms te zwaar Soms',
  'Wat ik het liefst wil Als ik één ding kon veranderen Weer zelf naar de markt kunnen. Mijn eigen idee Misschien kan de buurtbus mij op donderdag ophalen.',
  'Wensen voor het gesprek Waar Bij mij thuis Wanneer In de ochtend In de middag Niet op woensdag, dan komt de pedicure. Wie erbij is Mijn dochter Sanne Cliëntondersteuner gewenst Ja Taal Nederlands Tolk Nee Goed om te weten Ik hoor slecht. Bel twee keer aan.',
  'Contact Naam Gerda Bakker Telefoon 0612345678 E-mail gerda.bakker@example.nl Adres Hoofdstraat 3, 9414 AB Westerbork Plaats Westerbork Liefst contact via Bellen',
  'Toestemming Gedeeld met de gemeente Huishouden De gemeente mag contact opnemen Ja',
].join('\n');

/** Walks, sends and checks the confirmation; returns the summary text without code and dates. */
async function sendWholeMelding(page: Page): Promise<string> {
  await walkJourney(page);
  // The check page shows the whole draft, the topic kept private included: it has not been sent yet.
  await expect(page.getByRole('main')).toContainText(MELDING.privé.watLuktZelf);

  await sendMelding(page);
  await expectSummary(page);
  // Consent is part of what was sent: only the shared levensgebied is listed.
  await expect(page.getByRole('region', { name: 'Toestemming' })).toContainText(MELDING.gedeeld.titel);
  return readSummary(page);
}

/** The print page: the story, the person's own words, and nothing around it. */
async function expectPrintPage(page: Page, code: string): Promise<void> {
  await page.getByRole('link', { name: 'Open uw verhaal om te printen' }).click();
  await expect(page).toHaveURL(/\/melding\/mijn-verhaal$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn verhaal voor het gesprek');
  await expect(page.getByRole('main')).toContainText(code);
  await expect(page.getByRole('main')).toContainText(MELDING.gedeeld.watLuktZelf);
  await expect(page.getByRole('main')).toContainText(MELDING.wensen.wondervraag);
  await expect(page.getByRole('main')).not.toContainText(MELDING.privé.watLuktZelf);
  expect(await readSummary(page)).toBe(EXPECTED_SUMMARY);
  // Bare layout: no header with language links or the wipe button, no footer navigation.
  await expect(page.getByRole('button', { name: 'Wis mijn gegevens' })).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('banner')).toHaveCount(0);
}

test.describe('with JavaScript', () => {
  test('a helper fills in a melding with two levensgebieden and sends one of them', async ({ page }) => {
    test.slow(); // the whole journey: twelve steps, each a full page load
    const summary = await sendWholeMelding(page);
    const code = (await page.getByTestId('referentie').innerText()).trim();
    expect(summary).toBe(EXPECTED_SUMMARY);
    await expectPrintPage(page, code);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the same melding can be filled in and sent with plain HTML forms', async ({ page }) => {
    test.slow(); // the whole journey: twelve steps, each a full page load
    const summary = await sendWholeMelding(page);
    const code = (await page.getByTestId('referentie').innerText()).trim();
    // The same text as the JavaScript journey: both roads lead to the same melding.
    expect(summary).toBe(EXPECTED_SUMMARY);
    await expectPrintPage(page, code);
  });
});
