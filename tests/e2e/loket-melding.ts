import { randomUUID } from 'node:crypto';
import { expect, type Browser, type Page } from '@playwright/test';
import { post } from './states';

/** Sends a melding the quick way: real form posts from a fresh inwoner browser. Returns its reference and name. */
export async function sendMelding(browser: Browser, kern = 'Westerbork', eigen: { naam?: string; watLuktZelf?: string } = {}): Promise<{ referentie: string; naam: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const naam = eigen.naam ?? `Inwoner ${randomUUID().slice(0, 6)}`;
  await page.goto('/');
  await post(page, '/levensgebieden', { levensgebieden: ['huishouden', 'contact'] });
  await post(page, '/melding/wie', { wie: 'samen', helperNaam: 'Jan', helperRol: 'vrijwilliger', helperOrganisatie: 'Dorpssteunpunt Westerbork' });
  await post(page, '/levensgebieden/huishouden', { hoeGaatHet: 'niet-goed', watLuktZelf: eigen.watLuktZelf ?? 'Afwassen lukt nog.', moeiteMet: ['koken', 'was'] });
  await post(page, '/levensgebieden/contact', { hoeGaatHet: 'gaat-wel', watLuktZelf: 'Dit houd ik voor mezelf.' });
  await post(page, '/melding/wensen', { wondervraag: 'Weer zelf koken.', eigenIdee: 'Een kookcursus in het dorpshuis.' });
  await post(page, '/melding/contact', { naam, telefoon: '0612345678', kern, voorkeur: 'telefoon' });
  await post(page, '/melding/versturen', { 'delen-huishouden': 'delen', 'delen-contact': 'zelf-houden', toestemmingContact: 'ja' });
  await page.goto('/melding/verstuurd');
  const referentie = (await page.getByTestId('referentie').textContent())!.trim();
  await context.close();
  return { referentie, naam };
}

/** Opens the detail page of a melding from the inbox, by searching its reference. */
export async function openMelding(page: Page, referentie: string): Promise<void> {
  await page.goto(`/loket/inbox?zoek=${referentie}`);
  await page.getByRole('link', { name: referentie }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Melding ${referentie}`);
}

/** Sets the status on the detail page and waits until it shows. */
export async function setStatus(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Nieuwe status' }).selectOption({ label });
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.getByTestId('status')).toHaveText(label);
}

/** Plans het gesprek on the detail page. */
export async function planGesprek(page: Page, plan: { datum: string; tijd: string; plek: string; wie: string }): Promise<void> {
  await page.getByLabel('Datum', { exact: true }).fill(plan.datum);
  await page.getByLabel('Tijd', { exact: true }).fill(plan.tijd);
  await page.getByLabel('Plek', { exact: true }).fill(plan.plek);
  await page.getByLabel('Gespreksvoerder', { exact: true }).fill(plan.wie);
  await page.getByRole('button', { name: 'Gesprek opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText('Het gesprek is gepland.');
}
