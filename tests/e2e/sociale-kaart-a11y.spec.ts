import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Every page and state of hulp in de buurt, in the style of a11y.spec.ts. Add a row with every new page or state. */
const states: { name: string; path: string; act?: (page: Page) => Promise<void> }[] = [
  { name: 'hulp in de buurt, alles', path: '/sociale-kaart' },
  { name: 'hulp in de buurt, zoekresultaten', path: '/sociale-kaart?q=boodschap' },
  { name: 'hulp in de buurt, filters aan', path: '/sociale-kaart?soort=vrijwilligers&kosten=gratis&kern=Smilde&levensgebied=contact' },
  { name: 'hulp in de buurt, meer keuzes open', path: '/sociale-kaart', act: (p) => p.getByText('Meer keuzes').click() },
  { name: 'hulp in de buurt, niets gevonden', path: '/sociale-kaart?q=strijkservice' },
  { name: 'hulp in de buurt, tweede pagina', path: '/sociale-kaart?page=2' },
  { name: 'hulp in de buurt, English', path: '/en/sociale-kaart?q=koffie' },
  { name: 'aanbod', path: '/sociale-kaart/koffie-in-de-brink' },
  { name: 'aanbod, lang niet gecontroleerd', path: '/sociale-kaart/klusjesochtend-smilde' },
  { name: 'aanbod, via de gemeente', path: '/sociale-kaart/vervoerspas' },
  { name: 'aanbod, na "klopt dit niet" bedankt', path: '/sociale-kaart/vervoerspas?gemeld=ja' },
  { name: 'klopt dit niet', path: '/sociale-kaart/vervoerspas/klopt-niet' },
  { name: 'klopt dit niet, met fout', path: '/sociale-kaart/vervoerspas/klopt-niet', act: (p) => p.getByRole('button', { name: 'Verstuur' }).click() },
];

for (const state of states) {
  test(`axe: ${state.name}`, async ({ page }) => {
    await page.goto(state.path);
    await state.act?.(page);
    await page.waitForLoadState('load');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations, JSON.stringify(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })), null, 2)).toEqual([]);
  });
}

/** The journey's help-nearby step, after choosing a levensgebied (chosen with a real form post from this browser). */
test('axe: hulp in de buurt in de melding', async ({ page }) => {
  await page.goto('/levensgebieden');
  await page.getByRole('checkbox', { name: /^Huishouden/ }).check();
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await page.goto('/levensgebieden/huishouden/hulp-in-de-buurt');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations, JSON.stringify(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })), null, 2)).toEqual([]);
});
