import { axeEveryState } from './axe';
import { reflowEveryState } from './gates/reflow';
import type { Page } from '@playwright/test';

/** Every page and state of hulp in de buurt, in the style of a11y.spec.ts. Add a row with every new page or state. */
const states: { name: string; path: string; act?: (page: Page) => Promise<void> }[] = [
  { name: 'hulp in de buurt, alles', path: '/sociale-kaart' },
  { name: 'hulp in de buurt, zoekresultaten', path: '/sociale-kaart?q=boodschap' },
  { name: 'hulp in de buurt, filters aan', path: '/sociale-kaart?soort=vrijwilligers&kosten=gratis&kern=Smilde&levensgebied=contact' },
  { name: 'hulp in de buurt, meer keuzes open', path: '/sociale-kaart', act: (p) => p.getByText('Meer keuzes').click() },
  { name: 'hulp in de buurt, niets gevonden', path: '/sociale-kaart?q=strijkservice' },
  { name: 'hulp in de buurt, tweede pagina', path: '/sociale-kaart?page=2' },
  { name: 'hulp in de buurt, English', path: '/en/sociale-kaart?q=koffie' },
  { name: 'hulp in de buurt, live bijgewerkt na typen', path: '/sociale-kaart', act: async (p) => {
    await p.getByLabel('Waar zoekt u hulp bij?').fill('boodschap');
    await p.getByRole('status').filter({ hasText: 'gevonden' }).waitFor({ state: 'attached' });
  } },
  { name: 'hulp in de buurt, live bijgewerkt, niets gevonden', path: '/sociale-kaart', act: async (p) => {
    await p.getByLabel('Waar zoekt u hulp bij?').fill('strijkservice');
    await p.getByRole('heading', { name: 'Geen hulp gevonden' }).waitFor();
  } },
  { name: 'hulp in de buurt, "Bedoelt u …?"', path: '/sociale-kaart?q=kovvie' },
  { name: 'hulp in de buurt, niets gevonden, hulp bij het levensgebied', path: '/sociale-kaart?q=eenzaam%20xqzrtv' },
  { name: 'hulp in de buurt, live bijgewerkt, "Bedoelt u …?"', path: '/sociale-kaart', act: async (p) => {
    await p.getByLabel('Waar zoekt u hulp bij?').fill('kovvie');
    await p.getByRole('link', { name: 'Bedoelt u: koffie?' }).waitFor();
  } },
  { name: 'aanbod', path: '/sociale-kaart/koffie-in-de-brink' },
  { name: 'aanbod, lang niet gecontroleerd', path: '/sociale-kaart/klusjesochtend-smilde' },
  { name: 'aanbod, via de gemeente', path: '/sociale-kaart/vervoerspas' },
  { name: 'aanbod, na "klopt dit niet" bedankt', path: '/sociale-kaart/vervoerspas?gemeld=ja' },
  { name: 'klopt dit niet', path: '/sociale-kaart/vervoerspas/klopt-niet' },
  { name: 'klopt dit niet, met fout', path: '/sociale-kaart/vervoerspas/klopt-niet', act: (p) => p.getByRole('button', { name: 'Verstuur' }).click() },
];

axeEveryState(states);
reflowEveryState(states, 'sociale kaart ');
