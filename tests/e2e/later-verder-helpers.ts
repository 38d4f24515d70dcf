import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { post } from './states';

/** Helpers for the "Later verder" specs: codes are asked for and used through the pages, as a person does. */

/** The test-only header that moves the clock of one browser context's requests (server/test-clock.ts). */
export const TESTKLOK = 'x-krachtwijzer-testklok';

/** A code as shown: three groups of four, without look-alike characters. */
export const VERDER_CODE = /^[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$/;

export const WAT_LUKT = 'Ik kan zelf nog afwassen, maar koken lukt niet meer.';

/** A new browser context; with `days`, its clock runs that many days ahead. */
export async function device(browser: Browser, days?: number, javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled });
  if (days !== undefined) await context.setExtraHTTPHeaders({ [TESTKLOK]: String(days) });
  return { context, page: await context.newPage() };
}

/** Starts a draft on the Huishouden page, types an answer and presses "Later verder" there. Ends on the code form. */
export async function startAndPause(page: Page): Promise<void> {
  await page.goto('/levensgebieden');
  await page.getByRole('checkbox', { name: 'Huishouden' }).check();
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Huishouden');
  await page.getByLabel('Wat lukt u zelf nog wel?').fill(WAT_LUKT);
  await page.getByRole('button', { name: 'Later verder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Later verder gaan' })).toBeVisible();
}

/** On the code form: asks for a code with a year of birth (or a word) and returns the code shown. */
export async function askCode(page: Page, factor: { geboortejaar: string } | { woord: string } = { geboortejaar: '1948' }): Promise<string> {
  if ('woord' in factor) {
    await page.getByRole('radio', { name: 'Een eigen woord' }).check();
    await page.getByLabel('Uw eigen woord').fill(factor.woord);
  } else {
    await page.getByLabel('Uw geboortejaar').fill(factor.geboortejaar);
  }
  await page.getByRole('button', { name: 'Geef mij een code' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw code om later verder te gaan' })).toBeVisible();
  const code = (await page.getByTestId('verder-code').innerText()).trim();
  expect(code).toMatch(VERDER_CODE);
  return code;
}

/** On /verder: types the code and the second factor and presses "Verder gaan". */
export async function useCode(page: Page, code: string, factor = '1948'): Promise<void> {
  await page.goto('/verder');
  await page.getByLabel('Uw code').fill(code);
  await page.getByLabel('Uw geboortejaar of uw eigen woord').fill(factor);
  await page.getByRole('button', { name: 'Verder gaan' }).click();
}

/** A draft that is ready to send, the quick way (real form posts from this browser). */
export async function readyToSend(page: Page, naam: string): Promise<void> {
  await page.goto('/');
  await post(page, '/levensgebieden', { levensgebieden: ['huishouden'] });
  await post(page, '/levensgebieden/huishouden', { hoeGaatHet: 'niet-goed', watLuktZelf: WAT_LUKT });
  await post(page, '/melding/contact', { naam, telefoon: '0612345678', kern: 'Beilen', voorkeur: 'telefoon' });
}

/** Sends through the versturen page; returns the melding's reference. */
export async function sendFromPage(page: Page): Promise<string> {
  await page.goto('/melding/versturen');
  await page.getByRole('group', { name: 'Huishouden: wilt u dit delen met de gemeente?' }).getByRole('radio', { name: 'Ja, delen met de gemeente' }).check();
  await page.getByRole('checkbox', { name: 'De gemeente mag contact met mij opnemen over deze melding.' }).check();
  await page.getByRole('button', { name: 'Verstuur mijn melding' }).click();
  await expect(page).toHaveURL(/\/melding\/verstuurd$/);
  return (await page.getByTestId('referentie').innerText()).trim();
}
