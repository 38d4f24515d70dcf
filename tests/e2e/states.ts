import { expect, test, type Page } from '@playwright/test';
import { metStem } from './speech';

/** Saves answers the quick way: a real form post from this browser context (same cookie, same Origin). */
export async function post(page: Page, path: string, form: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) for (const v of [value].flat()) body.append(name, v);
  const origin = new URL(page.url() === 'about:blank' ? test.info().project.use.baseURL! : page.url()).origin;
  const response = await page.request.post(path, {
    headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' },
    data: body.toString(), maxRedirects: 0,
  });
  expect(response.status(), `POST ${path}`).toBe(303);
}

export async function chooseTopics(page: Page) {
  await page.goto('/');
  await post(page, '/levensgebieden', { levensgebieden: ['huishouden', 'contact'] });
}

export async function readyToSend(page: Page) {
  await chooseTopics(page);
  await post(page, '/melding/wie', { wie: 'samen', helperNaam: 'Jan', helperRol: 'vrijwilliger', helperOrganisatie: 'Dorpssteunpunt Westerbork' });
  await post(page, '/levensgebieden/huishouden', { hoeGaatHet: 'niet-goed', watLuktZelf: 'Afwassen lukt nog.', moeiteMet: ['koken', 'was'] });
  await post(page, '/melding/mensen', { 'persoon-0-naam': 'Anna', 'persoon-0-relatie': 'buur', 'persoon-0-hoeVaak': 'wekelijks' });
  await post(page, '/melding/contact', { naam: 'Mevrouw de Vries', telefoon: '0612345678', kern: 'Beilen' });
}

export async function send(page: Page) {
  await readyToSend(page);
  await post(page, '/melding/versturen', { 'delen-huishouden': 'delen', 'delen-contact': 'zelf-houden', toestemmingContact: 'ja' });
}

/** "Ik vul het in voor iemand anders": Sandra for her mother, who does not know yet; the gemeente calls Sandra first. */
export const NAMENS_NEE = { wie: 'namens', naam: 'Sandra Mulder', relatie: 'dochter', telefoon: '06 98765432', weetPersoon: 'nee', eersteContact: 'invuller' };

/** A draft whose "Hoe voelt u zich" answers signal danger, with contact details, ready to send. */
export async function dangerReadyToSend(page: Page) {
  await page.goto('/');
  await post(page, '/levensgebieden', { levensgebieden: ['gevoel'] });
  await post(page, '/levensgebieden/gevoel', { moeiteMet: ['somber', 'niet-meer-leven'] });
  await post(page, '/melding/contact', { naam: 'Mevrouw de Vries', telefoon: '0612345678' });
}

export const next = (page: Page) => page.getByRole('button', { name: 'Volgende', exact: true }).click();

/** Every page of the journey, in every state we ship, error states included. */
/** A page in one state: where to go, what to set up before, what to do on it. */
export interface PageState { name: string; path: string; arrange?: (page: Page) => Promise<unknown>; act?: (page: Page) => Promise<void> }

export const states: PageState[] = [
  { name: 'start', path: '/' },
  { name: 'start, English', path: '/en/' },
  { name: 'wie vult in', path: '/melding/wie' },
  { name: 'wie vult in, samen gekozen', path: '/melding/wie', act: (p) => p.getByLabel('Ik help iemand met invullen').check() },
  { name: 'levensgebieden kiezen', path: '/levensgebieden' },
  { name: 'levensgebieden kiezen, met fout', path: '/levensgebieden', act: next },
  { name: 'levensgebieden kiezen, English with error', path: '/en/levensgebieden', act: (p) => p.getByRole('button', { name: 'Next', exact: true }).click() },
  { name: 'hulp bij kiezen', path: '/levensgebieden/hulp-bij-kiezen' },
  { name: 'hulp bij kiezen, met fout', path: '/levensgebieden/hulp-bij-kiezen', act: (p) => p.getByRole('button', { name: 'Kies deze onderwerpen' }).click() },
  { name: 'vragen huishouden', path: '/levensgebieden/huishouden', arrange: chooseTopics },
  { name: 'vragen huishouden, met fout', path: '/levensgebieden/huishouden', arrange: chooseTopics,
    act: async (p) => { await p.getByLabel('Wat lukt u zelf nog wel?').fill('x'.repeat(1001)); await next(p); } },
  { name: 'vragen veiligheid, hulp nu en snel weg', path: '/levensgebieden/veiligheid',
    arrange: async (p) => { await p.goto('/'); await post(p, '/levensgebieden', { levensgebieden: ['veiligheid'] }); },
    act: (p) => p.getByRole('checkbox', { name: 'Iemand doet mij pijn' }).check() },
  { name: 'vragen meedoen en dagbesteding (lange woorden)', path: '/levensgebieden/meedoen',
    arrange: async (p) => { await p.goto('/'); await post(p, '/levensgebieden', { levensgebieden: ['meedoen'] }); } },
  { name: 'vragen gevoel, gevaar aangevinkt en aangekondigd', path: '/levensgebieden/gevoel',
    arrange: async (p) => { await p.goto('/'); await post(p, '/levensgebieden', { levensgebieden: ['gevoel'] }); },
    act: async (p) => {
      await p.getByRole('checkbox', { name: 'Ik denk er soms aan om niet meer te leven' }).check();
      await p.getByRole('alert').filter({ hasText: 'Hulp nodig? Bel nu' }).waitFor({ state: 'attached' });
    } },
  { name: 'hulp in de buurt gevoel, na een gevaarsignaal', path: '/levensgebieden/gevoel/hulp-in-de-buurt', arrange: dangerReadyToSend },
  { name: 'versturen, na een gevaarsignaal', path: '/melding/versturen', arrange: dangerReadyToSend },
  { name: 'verstuurd, na een gevaarsignaal', path: '/melding/verstuurd',
    arrange: async (p) => { await dangerReadyToSend(p); await post(p, '/melding/versturen', { 'delen-gevoel': 'delen', toestemmingContact: 'ja' }); } },
  { name: 'mensen om u heen', path: '/melding/mensen' },
  { name: 'mensen om u heen, met fout', path: '/melding/mensen',
    act: async (p) => { await p.getByLabel('Wat doet deze persoon voor u?').first().fill('Boodschappen'); await next(p); } },
  { name: 'wensen', path: '/melding/wensen' },
  { name: 'gesprek', path: '/melding/gesprek' },
  { name: 'contact', path: '/melding/contact' },
  { name: 'contact, met fouten', path: '/melding/contact',
    act: async (p) => { await p.getByLabel('E-mailadres').fill('geen-adres'); await next(p); } },
  { name: 'controleren', path: '/melding/controleren', arrange: readyToSend },
  { name: 'versturen, niet klaar', path: '/melding/versturen' },
  { name: 'versturen', path: '/melding/versturen', arrange: readyToSend },
  { name: 'versturen, met fouten', path: '/melding/versturen', arrange: readyToSend,
    act: (p) => p.getByRole('button', { name: 'Verstuur mijn melding' }).click() },
  { name: 'verstuurd', path: '/melding/verstuurd', arrange: send },
  { name: 'verstuurd, English', path: '/en/melding/verstuurd', arrange: send },
  { name: 'verstuurd, niets verstuurd', path: '/melding/verstuurd' },
  { name: 'verstuurd, na wissen', path: '/melding/verstuurd',
    arrange: async (p) => { await send(p); await p.goto('/wissen'); await p.getByRole('button', { name: 'Ja, wis alles' }).click(); } },
  { name: 'mijn verhaal (print)', path: '/melding/mijn-verhaal', arrange: send },
  { name: 'wissen', path: '/wissen', arrange: chooseTopics },
  { name: 'wissen, na versturen', path: '/wissen', arrange: send },
  { name: 'gewist', path: '/wissen', arrange: chooseTopics, act: (p) => p.getByRole('button', { name: 'Ja, wis alles' }).click() },
  // Samen invullen and shared computers.
  { name: 'wie vult in, namens met nee', path: '/melding/wie',
    act: async (p) => { await p.getByLabel('Ik vul het in voor iemand anders').check(); await p.getByLabel('Nee, of dat weet ik niet').check(); } },
  { name: 'wie vult in, namens met fout', path: '/melding/wie', act: async (p) => { await p.getByLabel('Ik vul het in voor iemand anders').check(); await next(p); } },
  { name: 'vragen huishouden, helper met tips en aanvulling', path: '/levensgebieden/huishouden',
    arrange: async (p) => { await chooseTopics(p); await post(p, '/melding/wie', { wie: 'samen', helperNaam: 'Jan' }); } },
  { name: 'controleren, aanvulling van de helper en namens zonder toestemming', path: '/melding/controleren',
    arrange: async (p) => {
      await readyToSend(p);
      await post(p, '/melding/wie', NAMENS_NEE);
      await post(p, '/levensgebieden/huishouden', { watLuktZelf: 'Afwassen lukt nog.', aanvullingHelper: 'Zij loopt moeilijk.' });
    } },
  { name: 'contact, namens iemand', path: '/melding/contact', arrange: async (p) => { await chooseTopics(p); await post(p, '/melding/wie', NAMENS_NEE); } },
  { name: 'contact, namens iemand met fout', path: '/melding/contact', arrange: async (p) => { await chooseTopics(p); await post(p, '/melding/wie', NAMENS_NEE); },
    act: async (p) => { await p.getByLabel('Naam van de persoon').fill('Riet'); await next(p); } },
  { name: 'versturen, namens iemand die het niet weet', path: '/melding/versturen',
    arrange: async (p) => { await readyToSend(p); await post(p, '/melding/wie', NAMENS_NEE); } },
  { name: 'steunpunt (gedeelde computer)', path: '/steunpunt' },
  { name: 'steunpunt (gedeelde computer), English', path: '/en/steunpunt' },
  { name: 'controleren, gedeelde computer', path: '/melding/controleren', arrange: async (p) => { await p.goto('/steunpunt'); await readyToSend(p); } },
  { name: 'verstuurd, gedeelde computer', path: '/melding/verstuurd', arrange: async (p) => { await p.goto('/steunpunt'); await send(p); } },
  { name: 'gewist, gedeelde computer', path: '/wissen?klaar=ja&computer=gedeeld' },
  { name: 'gewist na een tijd niets doen', path: '/wissen?klaar=ja&reden=tijd' },
  { name: 'later verder, code vragen', path: '/verder/code', arrange: chooseTopics },
  { name: 'later verder, code vragen met fout', path: '/verder/code', arrange: chooseTopics,
    act: (p) => p.getByRole('button', { name: 'Geef mij een code' }).click() },
  { name: 'later verder, code vragen zonder verhaal', path: '/verder/code' },
  { name: 'later verder, uw code', path: '/verder/code', arrange: chooseTopics,
    act: async (p) => { await p.getByLabel('Uw geboortejaar').fill('1948'); await p.getByRole('button', { name: 'Geef mij een code' }).click(); } },
  { name: 'later verder, geen code te zien', path: '/verder/uw-code' },
  { name: 'verder met uw verhaal', path: '/verder', arrange: chooseTopics },
  { name: 'verder met uw verhaal, met fout', path: '/verder', act: (p) => p.getByRole('button', { name: 'Verder gaan' }).click() },
  { name: 'privacy', path: '/privacy' },
  { name: 'toegankelijkheid', path: '/toegankelijkheid' },
  { name: 'pagina bestaat niet', path: '/bestaat-niet' },
  // The other languages; Arabic, right to left, on every kind of page (form, errors, summary, list, text).
  { name: 'start, Turks', path: '/tr/' },
  { name: 'start, Pools', path: '/pl/' },
  { name: 'start, Oekraïens', path: '/uk/' },
  { name: 'controleren, Turks', path: '/tr/melding/controleren', arrange: readyToSend },
  { name: 'start, Arabisch', path: '/ar/' },
  { name: 'levensgebieden kiezen, Arabisch met fout', path: '/ar/levensgebieden', act: (p) => p.getByRole('button', { name: 'التالي', exact: true }).click() },
  { name: 'vragen huishouden, Arabisch', path: '/ar/levensgebieden/huishouden', arrange: chooseTopics },
  { name: 'mensen om u heen, Arabisch', path: '/ar/melding/mensen' },
  { name: 'contact, Arabisch met fouten', path: '/ar/melding/contact',
    act: async (p) => { await p.getByRole('textbox', { name: /^البريد الإلكتروني/ }).fill('geen-adres'); await p.getByRole('button', { name: 'التالي', exact: true }).click(); } },
  { name: 'controleren, Arabisch', path: '/ar/melding/controleren', arrange: readyToSend },
  { name: 'verstuurd, Arabisch', path: '/ar/melding/verstuurd', arrange: send },
  { name: 'hulp in de buurt, Arabisch', path: '/ar/sociale-kaart?q=koffie' },
  { name: 'hulp in de buurt, Arabisch, "Bedoelt u …?"', path: '/ar/sociale-kaart?q=kovvie' },
  { name: 'toegankelijkheid, Arabisch', path: '/ar/toegankelijkheid' },
  { name: 'start, uitleg open', path: '/', act: (p) => p.getByText("Wat betekent 'melding'?").click() },
  { name: 'start, voorleesknoppen, één leest voor', path: '/', arrange: metStem,
    act: (p) => p.getByRole('button', { name: 'Lees voor: Wat gebeurt er na het versturen?' }).click() },
  { name: 'vragen huishouden, voorleesknoppen', path: '/levensgebieden/huishouden', arrange: async (p) => { await metStem(p); await chooseTopics(p); },
    act: (p) => p.getByRole('button', { name: /^Lees voor: Hoe gaat het/ }).waitFor() },
  { name: 'controleren, voorleesknoppen', path: '/melding/controleren', arrange: async (p) => { await metStem(p); await readyToSend(p); },
    act: (p) => p.getByRole('button', { name: 'Lees voor: Huishouden' }).waitFor() },
  { name: 'uitleg van woorden', path: '/uitleg' },
  { name: 'uitleg van woorden, English', path: '/en/uitleg' },
];


/** Opens a page in a state: set up, go there, act, and wait until it has loaded. */
export async function openState(page: Page, state: PageState) {
  await state.arrange?.(page);
  await page.goto(state.path);
  await state.act?.(page);
  await page.waitForLoadState('load');
}
