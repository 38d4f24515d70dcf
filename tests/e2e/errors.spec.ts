import { expect, test, type Page } from '@playwright/test';
import { choose, chooseTopics, fillContact, MELDING, nextButton, submit } from './helpers';

/**
 * Errors follow the GOV.UK pattern: 422, "Fout: " in the title, a focused summary at the top that links to each field,
 * the message again at the field, and everything the person typed still there.
 */

const errorSummary = (page: Page) => page.locator('[data-error-summary]');
const CONSENT = 'De gemeente mag contact met mij opnemen over deze melding.';

test('choosing no levensgebied shows a focused error summary that links to the first tile', async ({ page }) => {
  await page.goto('/levensgebieden');
  const response = await submit(page, nextButton(page));

  expect(response.status()).toBe(422);
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page)).toContainText('Er is iets niet goed ingevuld');
  const link = errorSummary(page).getByRole('link', { name: 'Kies minstens één onderwerp.' });
  await expect(link).toHaveAttribute('href', '#levensgebieden');
  // The link's target is the first checkbox of the group.
  await expect(page.getByRole('checkbox', { name: /^Huishouden/ })).toHaveAttribute('id', 'levensgebieden');
  await expect(page.getByRole('group', { name: 'Kies een of meer onderwerpen' })).toHaveAccessibleDescription(/Kies minstens één onderwerp\./);
  await expect(page).toHaveURL(/\/levensgebieden$/);
});

test('a wrong e-mail address and phone number are both reported, and what was typed stays', async ({ page }) => {
  await page.goto('/melding/contact');
  await fillContact(page, { naam: 'Gerda Bakker', telefoon: '06-abc-123', email: 'gerda@', kern: 'Ergens anders', woonplaats: 'Assen' });
  const response = await submit(page, nextButton(page));

  expect(response.status()).toBe(422);
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(errorSummary(page)).toBeFocused();
  const telefoonFout = 'Vul een telefoonnummer in met alleen cijfers. Bijvoorbeeld: 0612345678.';
  const emailFout = 'Vul een e-mailadres in zoals naam@voorbeeld.nl.';
  await expect(errorSummary(page).getByRole('link', { name: telefoonFout })).toHaveAttribute('href', '#telefoon');
  await expect(errorSummary(page).getByRole('link', { name: emailFout })).toHaveAttribute('href', '#email');

  // Each field says what is wrong and keeps the typed value.
  const telefoon = page.getByLabel('Telefoonnummer');
  const email = page.getByLabel('E-mailadres');
  await expect(telefoon).toHaveValue('06-abc-123');
  await expect(telefoon).toHaveAttribute('aria-invalid', 'true');
  await expect(telefoon).toHaveAccessibleDescription(`Fout: ${telefoonFout}`);
  await expect(email).toHaveValue('gerda@');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(`Fout: ${emailFout}`);
  await expect(page.getByLabel(/^Naam( \(verplicht\))?$/)).toHaveValue('Gerda Bakker');
  await expect(page.getByLabel('Woonplaats')).toHaveValue('Assen');
});

test('a story longer than 1000 characters is refused with a "te lang" message and kept', async ({ page }) => {
  await page.goto('/levensgebieden');
  await chooseTopics(page, ['Huishouden']);
  await nextButton(page).click();
  await expect(page).toHaveURL(/\/levensgebieden\/huishouden$/);

  const story = `${'Ik kan niet meer zelf koken en de was doen. '.repeat(23)}`.slice(0, 1001);
  expect(story).toHaveLength(1001);
  await page.getByLabel('Wat lukt u zelf nog wel?').fill(story);
  await choose(page, /^Hoe gaat het met/, 'Niet goed');
  const response = await submit(page, nextButton(page));

  expect(response.status()).toBe(422);
  await expect(page).toHaveTitle(/^Fout: /);
  const tooLong = 'Uw tekst is te lang. Maak hem korter. De rest kunt u in het gesprek vertellen.';
  await expect(errorSummary(page).getByRole('link', { name: tooLong })).toHaveAttribute('href', '#watLuktZelf');
  await expect(page.getByLabel('Wat lukt u zelf nog wel?')).toHaveValue(story);
  await expect(page.getByLabel('Wat lukt u zelf nog wel?')).toHaveAccessibleDescription(new RegExp(`Fout: ${tooLong}`));
  // The other answer on the page is kept too.
  await expect(page.getByRole('radio', { name: 'Niet goed' })).toBeChecked();
});

test('a story of exactly 1000 characters is accepted', async ({ page }) => {
  await page.goto('/levensgebieden');
  await chooseTopics(page, ['Huishouden']);
  await nextButton(page).click();
  const story = 'a'.repeat(1000);
  await page.getByLabel('Wat lukt u zelf nog wel?').fill(story);
  const response = await submit(page, nextButton(page));
  expect(response.status()).toBe(303);
  await page.goto('/levensgebieden/huishouden');
  await expect(page.getByLabel('Wat lukt u zelf nog wel?')).toHaveValue(story);
});

test('sending without consent shows the consent error and keeps the share choices', async ({ page }) => {
  await page.goto('/levensgebieden');
  await chooseTopics(page, ['Huishouden', 'Vervoer en onderweg']);
  await nextButton(page).click();
  await page.goto('/melding/contact');
  await fillContact(page, { naam: MELDING.contact.naam, telefoon: MELDING.contact.telefoon });
  await nextButton(page).click();
  await page.goto('/melding/versturen');

  await choose(page, 'Huishouden: wilt u dit delen met de gemeente?', 'Ja, delen met de gemeente');
  await choose(page, 'Vervoer en onderweg: wilt u dit delen met de gemeente?', 'Nee, dit houd ik voor mezelf');
  const response = await submit(page, page.getByRole('button', { name: 'Verstuur mijn melding' }));

  expect(response.status()).toBe(422);
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(errorSummary(page)).toBeFocused();
  const consentError = 'Zet een vinkje als de gemeente contact met u mag opnemen. Zonder dat kunnen wij de melding niet versturen.';
  await expect(errorSummary(page).getByRole('link', { name: consentError })).toHaveAttribute('href', '#toestemmingContact');
  await expect(page.getByRole('checkbox', { name: CONSENT })).toHaveAttribute('id', 'toestemmingContact');
  await expect(page.getByRole('group', { name: 'Toestemming' })).toContainText(consentError);

  const huishouden = page.getByRole('group', { name: 'Huishouden: wilt u dit delen met de gemeente?' });
  const vervoer = page.getByRole('group', { name: 'Vervoer en onderweg: wilt u dit delen met de gemeente?' });
  await expect(huishouden.getByRole('radio', { name: 'Ja, delen met de gemeente' })).toBeChecked();
  await expect(vervoer.getByRole('radio', { name: 'Nee, dit houd ik voor mezelf' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: CONSENT })).not.toBeChecked();

  // Nothing was sent.
  await page.goto('/melding/verstuurd');
  await expect(page.getByText('Er is vanuit deze browser nog geen melding verstuurd.')).toBeVisible();
});

test('sending with nothing filled in says what is missing and links to those steps', async ({ page }) => {
  await page.goto('/melding/versturen');
  const missing = page.getByRole('region', { name: 'Er ontbreekt nog iets' });
  await expect(missing).toBeVisible();
  await expect(missing.getByRole('link', { name: 'Kies eerst minstens één onderwerp.' })).toHaveAttribute('href', '/levensgebieden');
  await expect(missing.getByRole('link', { name: 'Vul eerst in hoe de gemeente u kan bereiken.' })).toHaveAttribute('href', '/melding/contact');

  // Trying anyway (with consent) sends nothing and still says what is missing.
  await page.getByRole('checkbox', { name: CONSENT }).check();
  const response = await submit(page, page.getByRole('button', { name: 'Verstuur mijn melding' }));
  expect(response.status()).toBe(422);
  await expect(page).toHaveURL(/\/melding\/versturen$/);
  // Now it is an error: announced in the title, and the error summary takes focus and links to the steps.
  await expect(page).toHaveTitle(/^Fout: /);
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Vul eerst in hoe de gemeente u kan bereiken.' })).toHaveAttribute('href', '/melding/contact');

  await summary.getByRole('link', { name: 'Kies eerst minstens één onderwerp.' }).click();
  await expect(page).toHaveURL(/\/levensgebieden$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Waar wilt u over vertellen?');
});
