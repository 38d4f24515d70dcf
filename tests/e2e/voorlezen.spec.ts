import { expect, test } from '@playwright/test';
import { gesproken, metStem } from './speech';
import { chooseTopics, readyToSend } from './states';

/*
 * Read-aloud with the browser's speech synthesis. Headless Chromium here has no voices, so these tests
 * check what the page asks a voice to say (through a stand-in speechSynthesis); no voice is heard in CI.
 */

const hoeGaatHet = 'Hoe gaat het met het huishouden?';

test('without a voice there is no "Lees voor" button: this browser has speech synthesis but no voices', async ({ page }) => {
  await chooseTopics(page);
  await page.goto('/levensgebieden/huishouden');
  expect(await page.evaluate(() => typeof speechSynthesis !== 'undefined' && speechSynthesis.getVoices().length)).toBe(0);
  await page.waitForTimeout(500); // voices may arrive a moment after load; none do here
  await expect(page.getByRole('button', { name: /Lees voor/ })).toHaveCount(0);
});

test('without a voice for the page language there is no button: an English voice does not read Dutch', async ({ page }) => {
  await metStem(page, [{ name: 'Test English', lang: 'en-GB' }]);
  await chooseTopics(page);
  await page.goto('/levensgebieden/huishouden');
  await expect(page.getByRole('button', { name: /Lees voor/ })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the button is not in the page at all', async ({ page }) => {
    await metStem(page);
    await page.goto('/');
    await expect(page.getByRole('button', { name: /Lees voor/ })).toHaveCount(0);
  });
});

test('"Lees voor" reads a question and its hint in Dutch, a second press stops, and one reading at a time', async ({ page }) => {
  await metStem(page);
  await chooseTopics(page);
  await page.goto('/levensgebieden/huishouden');
  const knop = page.getByRole('button', { name: `Lees voor: ${hoeGaatHet}` });
  await knop.click();
  expect(await gesproken(page)).toEqual([{
    text: `${hoeGaatHet} Dit is geen cijfer. Het helpt ons om u te begrijpen. Goed. Gaat wel. Niet goed. Weet ik niet.`,
    lang: 'nl-NL', voice: 'Test Nederlands',
  }]);
  await expect(page.getByRole('button', { name: `Stop met voorlezen: ${hoeGaatHet}` })).toHaveText('Stop met voorlezen');

  await page.getByRole('button', { name: `Stop met voorlezen: ${hoeGaatHet}` }).click();
  await expect(knop).toHaveText('Lees voor');
  expect(await page.evaluate(() => (window as unknown as { __gestopt: number }).__gestopt)).toBeGreaterThan(0);
  expect(await gesproken(page)).toHaveLength(1);

  // Starting another stops the first: its button says "Lees voor" again.
  await knop.click();
  await page.getByRole('button', { name: 'Lees voor: Wat lukt u zelf nog wel?' }).click();
  await expect(knop).toHaveText('Lees voor');
  await expect(page.getByRole('button', { name: /^Stop met voorlezen/ })).toHaveCount(1);
  // When the voice has read everything, the button is ready again.
  await page.evaluate(() => (window as unknown as { __klaar: () => void }).__klaar());
  await expect(page.getByRole('button', { name: /^Stop met voorlezen/ })).toHaveCount(0);
});

test('it reads the question, never what the person typed or chose', async ({ page }) => {
  await metStem(page);
  await chooseTopics(page);
  await page.goto('/levensgebieden/huishouden');
  await page.getByRole('textbox', { name: 'Wat lukt u zelf nog wel?' }).fill('Mijn geheime antwoord');
  await page.getByRole('radio', { name: 'Niet goed' }).check();
  await page.getByRole('button', { name: 'Lees voor: Wat lukt u zelf nog wel?' }).click();
  await page.getByRole('button', { name: `Lees voor: ${hoeGaatHet}` }).click();
  const [eerste, tweede] = await gesproken(page);
  expect(eerste?.text).toBe('Wat lukt u zelf nog wel? Schrijf het in uw eigen woorden.');
  expect(tweede?.text).not.toContain('geheime');
});

test('works with the keyboard: Tab reaches the button, Enter reads, Space stops', async ({ page }) => {
  await metStem(page);
  await chooseTopics(page);
  await page.goto('/levensgebieden/huishouden');
  const knop = page.getByRole('button', { name: `Lees voor: ${hoeGaatHet}` });
  await page.getByRole('button', { name: /^Lees voor: Stap/ }).focus();
  await page.keyboard.press('Tab');
  await expect(knop).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Stop met voorlezen: ${hoeGaatHet}` })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(knop).toBeFocused();
  expect(await gesproken(page)).toHaveLength(1);
});

test('a page section is read from its heading to the next one, without the closed explanations', async ({ page }) => {
  await metStem(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Lees voor: Wat gebeurt er na het versturen?' }).click();
  const [{ text } = { text: '' }] = await gesproken(page);
  expect(text).toMatch(/^Wat gebeurt er na het versturen\? U krijgt meteen een bevestiging met een code\./);
  expect(text).toContain('U kunt ook gratis hulp krijgen van een cliëntondersteuner.');
  expect(text).not.toContain('Wat betekent');
  expect(text).not.toContain('Liever op een andere manier');
});

test('the English page reads in English with an English voice', async ({ page }) => {
  await metStem(page);
  await chooseTopics(page);
  await page.goto('/en/levensgebieden/huishouden');
  await page.getByRole('button', { name: /^Read aloud: How is your housework going/ }).click();
  const [uiting] = await gesproken(page);
  expect(uiting).toMatchObject({ lang: 'en-GB', voice: 'Test English' });
  expect(uiting?.text).toMatch(/^How is your housework going/);
});

test('on "Controleer uw verhaal" the person may ask to hear their own answers, per part', async ({ page }) => {
  await metStem(page);
  await readyToSend(page);
  await page.goto('/melding/controleren');
  await page.getByRole('button', { name: 'Lees voor: Huishouden' }).click();
  const [uiting] = await gesproken(page);
  expect(uiting?.text).toMatch(/^Huishouden\. Hoe gaat het\. Niet goed\. Wat lukt zelf\. Afwassen lukt nog\./);
  expect(uiting?.text).not.toContain('Wijzig');
});

test('their own answers are never read with a voice of a speech service on the internet; the questions are', async ({ page }) => {
  await metStem(page, [{ name: 'Online Nederlands', lang: 'nl-NL', localService: false }]);
  await readyToSend(page);
  await page.goto('/levensgebieden/huishouden');
  await expect(page.getByRole('button', { name: `Lees voor: ${hoeGaatHet}` })).toBeVisible();
  await page.goto('/melding/controleren');
  await expect(page.getByRole('heading', { name: 'Huishouden' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Lees voor/ })).toHaveCount(0);
});

test('the werkplek has no read-aloud buttons: it is not for inwoners', async ({ page }) => {
  await metStem(page);
  await page.goto('/loket');
  await expect(page.getByLabel('Wachtwoord', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /Lees voor/ })).toHaveCount(0);
});

test('the topics to choose from are read with their explanations, so choosing needs no reading', async ({ page }) => {
  await metStem(page);
  await page.goto('/levensgebieden');
  await page.getByRole('button', { name: 'Lees voor: Kies een of meer onderwerpen' }).click();
  const [uiting] = await gesproken(page);
  expect(uiting?.text).toMatch(/^Kies een of meer onderwerpen\. Huishouden\. Schoonmaken, de was, koken, boodschappen, opruimen\. Wonen\./);
  expect(uiting?.text).toContain('Veilig thuis.');
});
