import { expect, test, type Page } from '@playwright/test';
import nl from '../../src/i18n/locales/nl.json' with { type: 'json' };
import { DRINGENDE_ANTWOORDEN, SNEL_WEG_LEVENSGEBIEDEN } from '../../src/domain/veiligheid/signalen';
import { hulpPath } from '../../src/domain/journey/steps';
import { post } from './states';

/**
 * After a danger answer, the help to call now stays at the top of every page that follows in that
 * levensgebied, and on the check, send and confirmation pages; no light tip comes first.
 * Every danger answer of every levensgebied, straight from the domain's list.
 */
const HULP_NU = nl['hulpNu.title'];
const strings = nl as Record<string, string>;
const signalen = Object.entries(DRINGENDE_ANTWOORDEN).flatMap(([levensgebied, antwoorden]) =>
  (antwoorden ?? []).map((antwoord) => ({ levensgebied, antwoord, label: strings[`levensgebied.${levensgebied}.moeite.${antwoord}`]! })));

/** The help box is the first section of the page's content: nothing else comes before it. */
async function expectHulpNuFirst(page: Page, where: string) {
  const hulp = page.getByRole('region', { name: HULP_NU });
  await expect(hulp, where).toBeVisible();
  await expect(hulp.getByRole('link', { name: '112' }), where).toBeVisible();
  await expect(hulp.getByRole('link', { name: '0800-0113' }), where).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first(), where).toHaveText(HULP_NU);
}

test('the list covers every danger answer of the domain', () => {
  expect(signalen.length).toBe(Object.values(DRINGENDE_ANTWOORDEN).flat().length);
  for (const s of signalen) expect(s.label, `${s.levensgebied}.${s.antwoord}`).toBeTruthy();
});

for (const { levensgebied, label } of signalen) {
  test(`${levensgebied}, "${label}": help stays at the top until the confirmation`, async ({ page }) => {
    await page.goto('/');
    await post(page, '/levensgebieden', { levensgebieden: [levensgebied, 'wonen'] });
    await page.goto(`/levensgebieden/${levensgebied}`);
    await page.getByRole('checkbox', { name: label, exact: true }).check();
    await page.getByRole('button', { name: 'Volgende', exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`${hulpPath(levensgebied as never)}$`));
    await expectHulpNuFirst(page, 'hulp in de buurt');
    await expect(page.getByRole('main').getByRole('heading', { name: /^Tip/ }), 'no light tip on this page').toHaveCount(0);

    await page.goto(hulpPath('wonen'));
    await expect(page.getByRole('region', { name: HULP_NU }), 'another levensgebied goes on as usual').toHaveCount(0);

    await post(page, '/melding/contact', { naam: 'A. Jansen', telefoon: '0612345678' });
    await page.goto('/melding/controleren');
    await expectHulpNuFirst(page, 'controleren');
    await page.goto('/melding/versturen');
    await expectHulpNuFirst(page, 'versturen');
    await page.getByRole('radio', { name: 'Ja, delen met de gemeente' }).first().check();
    await page.getByRole('radio', { name: 'Ja, delen met de gemeente' }).last().check();
    await page.getByRole('checkbox', { name: 'De gemeente mag contact met mij opnemen over deze melding.' }).check();
    await page.getByRole('button', { name: 'Verstuur mijn melding' }).click();
    await expect(page).toHaveURL(/\/melding\/verstuurd$/);
    await expectHulpNuFirst(page, 'verstuurd');
    if (SNEL_WEG_LEVENSGEBIEDEN.includes(levensgebied as never)) {
      await expect(page.getByRole('link', { name: 'Snel weg' }), 'the quick exit stays after sending').toBeVisible();
    }
  });
}
