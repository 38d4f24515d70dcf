import { expect, test } from '@playwright/test';
import { chooseTopics, fillContact, fillPersoon, fillWensen, fillWie, MELDING, nextButton, persoonRow } from './helpers';

/** Moving through the journey never loses an answer: back, reload, Vorige, Wijzig, and adding or removing people. */

test('the browser back button after saving a step shows the saved answers', async ({ page }) => {
  await page.goto('/melding/wensen');
  await fillWensen(page);
  await nextButton(page).click();
  await expect(page).toHaveURL(/\/melding\/gesprek$/);

  await page.goBack();
  await expect(page).toHaveURL(/\/melding\/wensen$/);
  await expect(page.getByLabel('Als u één ding kon veranderen, wat zou dat zijn?')).toHaveValue(MELDING.wensen.wondervraag);
  await expect(page.getByLabel('Had u zelf al een idee wat zou helpen?')).toHaveValue(MELDING.wensen.eigenIdee);
});

test('reloading a step shows the saved answers', async ({ page }) => {
  await page.goto('/melding/wie');
  await fillWie(page);
  await nextButton(page).click();
  await expect(page).toHaveURL(/\/levensgebieden$/);

  await page.goto('/melding/wie');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Ik help iemand met invullen' })).toBeChecked();
  await expect(page.getByLabel('Uw naam')).toHaveValue(MELDING.helper.naam);
  await expect(page.getByLabel('Wat doet u?')).toHaveValue(MELDING.helper.rol);
  await expect(page.getByLabel('Waar komt u vandaan?')).toHaveValue(MELDING.helper.organisatie);
});

test('"Vorige" saves what was typed and goes to the previous step', async ({ page }) => {
  await page.goto('/melding/gesprek');
  await page.getByLabel('Wie wilt u erbij hebben?').fill(MELDING.gesprek.wieErbij);
  await page.getByRole('button', { name: 'Vorige', exact: true }).click();
  await expect(page).toHaveURL(/\/melding\/wensen$/);

  await nextButton(page).click();
  await expect(page).toHaveURL(/\/melding\/gesprek$/);
  await expect(page.getByLabel('Wie wilt u erbij hebben?')).toHaveValue(MELDING.gesprek.wieErbij);
});

test('"Wijzig" on the check page leads back to it after saving, with the change visible', async ({ page }) => {
  await page.goto('/melding/wensen');
  await fillWensen(page);
  await nextButton(page).click();
  await page.goto('/melding/controleren');
  const wensen = page.getByRole('region', { name: 'Wat ik het liefst wil', exact: true });
  await expect(wensen).toContainText(MELDING.wensen.wondervraag);

  // Each section has one "Wijzig" link; its hidden rest names the section for screen-reader users.
  await wensen.getByRole('link', { name: 'Wijzig Wat ik het liefst wil', exact: true }).click();
  await expect(page).toHaveURL(/\/melding\/wensen\?terug=controleren$/);
  // Coming from the check page there is one way back, and it says so.
  await expect(page.getByRole('button', { name: 'Vorige' })).toHaveCount(0);
  await page.getByLabel('Als u één ding kon veranderen, wat zou dat zijn?').fill('Weer zelf de trap op kunnen naar mijn slaapkamer.');
  await page.getByRole('button', { name: 'Opslaan en terug naar het overzicht' }).click();

  await expect(page).toHaveURL(/\/melding\/controleren$/);
  await expect(wensen).toContainText('Weer zelf de trap op kunnen naar mijn slaapkamer.');
  await expect(wensen).not.toContainText(MELDING.wensen.wondervraag);
  // The rest of the step is untouched.
  await expect(wensen).toContainText(MELDING.wensen.eigenIdee);
});

test('"Wijzig" on a step with an error stays on that step until it is right', async ({ page }) => {
  await page.goto('/melding/contact');
  await fillContact(page, { naam: MELDING.contact.naam, telefoon: MELDING.contact.telefoon });
  await nextButton(page).click();
  await expect(page).toHaveURL(/\/melding\/controleren$/);

  await page.getByRole('region', { name: 'Contact', exact: true }).getByRole('link', { name: /^Wijzig\b/ }).click();
  await page.getByLabel('E-mailadres').fill('gerda@');
  await page.getByRole('button', { name: 'Opslaan en terug naar het overzicht' }).click();
  await expect(page).toHaveURL(/\/melding\/contact\?terug=controleren$/);
  await expect(page).toHaveTitle(/^Fout: /);

  await page.getByLabel('E-mailadres').fill(MELDING.contact.email);
  await page.getByRole('button', { name: 'Opslaan en terug naar het overzicht' }).click();
  await expect(page).toHaveURL(/\/melding\/controleren$/);
  await expect(page.getByRole('region', { name: 'Contact', exact: true })).toContainText(MELDING.contact.email);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"Nog iemand toevoegen" adds an empty row and keeps the first person', async ({ page }) => {
    await page.goto('/melding/mensen');
    await expect(persoonRow(page, 2)).toHaveCount(0);
    await fillPersoon(page, 1, MELDING.persoon);
    await page.getByRole('button', { name: 'Nog iemand toevoegen' }).click();

    await expect(page).toHaveURL(/\/melding\/mensen\?extra=persoon#persoon-1-naam$/);
    await expect(persoonRow(page, 2)).toBeVisible();
    await expect(persoonRow(page, 2).getByLabel('Voornaam, of wie het is')).toHaveValue('');
    const first = persoonRow(page, 1);
    await expect(first.getByLabel('Voornaam, of wie het is')).toHaveValue(MELDING.persoon.naam);
    await expect(first.getByLabel('Wat is deze persoon van u?')).toHaveValue('buur');
    await expect(first.getByLabel('Wat doet deze persoon voor u?')).toHaveValue(MELDING.persoon.watDoetHij);
    await expect(first.getByRole('radio', { name: MELDING.persoon.hoeVaak })).toBeChecked();
    await expect(first.getByRole('radio', { name: MELDING.persoon.kanMeer })).toBeChecked();
  });

  test('"Verwijder persoon 2" removes that person and keeps the others in order', async ({ page }) => {
    await page.goto('/melding/mensen');
    await fillPersoon(page, 1, { naam: 'Anna' });
    await page.getByRole('button', { name: 'Nog iemand toevoegen' }).click();
    await fillPersoon(page, 2, { naam: 'Bert', watDoetHij: 'Hij maait het gras.' });
    await page.getByRole('button', { name: 'Nog iemand toevoegen' }).click();
    await fillPersoon(page, 3, { naam: 'Carla', watDoetHij: 'Ze belt elke avond.' });

    await page.getByRole('button', { name: 'Verwijder persoon 2' }).click();

    await expect(persoonRow(page, 3)).toHaveCount(0);
    await expect(persoonRow(page, 1).getByLabel('Voornaam, of wie het is')).toHaveValue('Anna');
    await expect(persoonRow(page, 2).getByLabel('Voornaam, of wie het is')).toHaveValue('Carla');
    await expect(persoonRow(page, 2).getByLabel('Wat doet deze persoon voor u?')).toHaveValue('Ze belt elke avond.');
    await expect(page.getByRole('main')).not.toContainText('Bert');

    // The removal is saved, not only shown.
    await page.goto('/melding/controleren');
    const netwerk = page.getByRole('region', { name: 'Mensen om mij heen' });
    await expect(netwerk).toContainText('Anna');
    await expect(netwerk).toContainText('Carla');
    await expect(netwerk).not.toContainText('Bert');
  });
});

test('a levensgebied that was not chosen redirects to the choice page', async ({ page }) => {
  await page.goto('/levensgebieden');
  await chooseTopics(page, ['Huishouden']);
  await nextButton(page).click();
  await expect(page).toHaveURL(/\/levensgebieden\/huishouden$/);

  const response = await page.goto('/levensgebieden/wonen');
  await expect(page).toHaveURL(/\/levensgebieden$/);
  expect(response?.status()).toBe(200);
  expect(response?.request().redirectedFrom()?.url()).toMatch(/\/levensgebieden\/wonen$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Waar wilt u over vertellen?');
  await expect(page.getByRole('checkbox', { name: /^Huishouden/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Wonen/ })).not.toBeChecked();
});

test.describe('with JavaScript, what is typed is saved without pressing Volgende', () => {
  const WONDERVRAAG = 'Als u één ding kon veranderen, wat zou dat zijn?';

  test('leaving the page and coming back with Back keeps the typed text', async ({ page }) => {
    await page.goto('/melding/wensen');
    const saved = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/melding/wensen');
    await page.getByLabel(WONDERVRAAG).fill('Weer zelf naar de markt kunnen.');
    expect((await saved).status()).toBe(204);

    await page.goto('/melding/gesprek');
    await page.goBack();
    await expect(page).toHaveURL(/\/melding\/wensen$/);
    await expect(page.getByLabel(WONDERVRAAG)).toHaveValue('Weer zelf naar de markt kunnen.');
  });

  test('the people around the person are saved while typing too', async ({ page }) => {
    await page.goto('/melding/mensen');
    const saved = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/melding/mensen');
    const persoon = page.getByRole('group', { name: 'Persoon 1' });
    await persoon.getByLabel('Voornaam, of wie het is').fill('Buurvrouw Anna');
    expect((await saved).status()).toBe(204);

    await page.goto('/melding/wensen');
    await page.goBack();
    await expect(page).toHaveURL(/\/melding\/mensen$/);
    await expect(page.getByRole('group', { name: 'Persoon 1' }).getByLabel('Voornaam, of wie het is')).toHaveValue('Buurvrouw Anna');
  });

  test('switching language right after typing keeps the typed text', async ({ page }) => {
    await page.goto('/melding/wensen');
    await page.getByLabel(WONDERVRAAG).fill('Weer fietsen met mijn kleinzoon.');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/melding\/wensen$/);
    await expect(page.getByLabel('If you could change one thing, what would it be?')).toHaveValue('Weer fietsen met mijn kleinzoon.');
  });

  test('a half-typed invalid answer is not saved, and the saved one stays', async ({ page }) => {
    await page.goto('/melding/contact');
    await fillContact(page);
    await nextButton(page).click();
    await page.goto('/melding/contact');
    const tried = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/melding/contact');
    await page.getByLabel('E-mailadres').fill('half@');
    expect((await tried).status()).toBe(422);
    await page.reload();
    await expect(page.getByLabel('E-mailadres')).toHaveValue(MELDING.contact.email);
  });
});
