import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { post } from './states';

/** Shared steps for the samen-invullen and gedeelde-computer specs. */

export const FENNA = { naam: 'Fenna de Vries', rol: 'vrijwilliger', steunpunt: 'Dorpssteunpunt Westerbork' };
/** Gerda's own words, and what Fenna adds: they must never be mixed up. */
export const WOORDEN_INWONER = 'Ik kan zelf nog afwassen en een boterham smeren.';
export const AANVULLING_HELPER = 'Ik zag dat mevrouw moeilijk loopt en zich vastpakt aan de tafel.';
export const AANVULLING_WENSEN = 'Haar dochter woont ver weg en komt eens per maand.';

/** The description (dd) of the summary row whose term (dt) is `term`, within one summary section. */
export function summaryValue(section: Locator, term: string): Locator {
  return section.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
}

/** Checks that the helper's addition shows as such, and the inwoner's words as theirs, in the Huishouden section. */
export async function expectAttribution(page: Page): Promise<void> {
  const huishouden = page.getByRole('main').getByRole('region', { name: 'Huishouden', exact: true });
  await expect(summaryValue(huishouden, 'Wat lukt zelf')).toHaveText(WOORDEN_INWONER);
  await expect(summaryValue(huishouden, 'Aanvulling van de helper')).toHaveText(AANVULLING_HELPER);
  // The helper's words are not among the inwoner's, and the other way round.
  await expect(huishouden.getByRole('definition').filter({ hasText: AANVULLING_HELPER })).toHaveCount(1);
  await expect(huishouden.getByRole('definition').filter({ hasText: WOORDEN_INWONER })).toHaveCount(1);
}

/** Cookies, localStorage and sessionStorage of this browser for the portal: all that a browser can keep. */
export async function browserTraces(page: Page, context: BrowserContext = page.context()) {
  const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length })).catch(() => ({ local: -1, session: -1 }));
  return { cookies: (await context.cookies()).map((c) => c.name), ...storage };
}

/**
 * Sends a melding the quick way (real form posts from a fresh browser): `invuller` is posted to the wie page as is.
 * With `aanvulling`, the helper adds it to Huishouden. Returns the reference.
 */
export async function sendWith(browser: Browser, invuller: Record<string, string>, aanvulling = ''): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await post(page, '/melding/wie', invuller);
  await post(page, '/levensgebieden', { levensgebieden: ['huishouden'] });
  await post(page, '/levensgebieden/huishouden', { hoeGaatHet: 'niet-goed', watLuktZelf: WOORDEN_INWONER, aanvullingHelper: aanvulling });
  await post(page, '/melding/contact', { naam: 'Gerda Bakker', telefoon: '0612345678', kern: 'Westerbork', voorkeur: 'telefoon' });
  await post(page, '/melding/versturen', { 'delen-huishouden': 'delen', toestemmingContact: 'ja' });
  await page.goto('/melding/verstuurd');
  const referentie = (await page.getByTestId('referentie').textContent())!.trim();
  await context.close();
  return referentie;
}
