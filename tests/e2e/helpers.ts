import { expect, type Locator, type Page, type Response } from '@playwright/test';

/**
 * Shared steps for the e2e specs. Everything is found the way a person finds it: by role and visible label.
 * The only CSS hooks are the ones without a role: `[data-error-summary]` and `data-testid="referentie"`.
 */

/** A reference code as read aloud on the phone: no 0/O, 1/I/L, U or V. */
export const REFERENTIE = /^KW-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$/;

/** A realistic melding: a volunteer helps Gerda; she shares Huishouden and keeps Vervoer to herself. */
export const MELDING = {
  helper: { naam: 'Fenna de Vries', rol: 'vrijwilliger', organisatie: 'Dorpssteunpunt Westerbork' },
  /** Shared with the gemeente. */
  gedeeld: {
    titel: 'Huishouden',
    hoeGaatHet: 'Niet goed',
    watLuktZelf: 'Ik kan zelf nog afwassen en een boterham smeren.',
    moeite: ['Koken', 'Boodschappen doen'],
    wieHelpt: 'Mijn dochter doet op zaterdag de boodschappen.',
    watWilIk: 'Zelf weer een warme maaltijd koken.',
    waarom: 'Dan hoef ik niet elke avond brood te eten.',
    overPraten: 'Ja',
  },
  /** Kept to herself: it must never reach the gemeente. */
  privé: {
    titel: 'Vervoer en onderweg',
    hoeGaatHet: 'Gaat wel',
    watLuktZelf: 'Met de rollator kom ik nog tot de brievenbus op de hoek.',
    moeite: ['Met de bus of trein'],
    wieHelpt: 'Mijn neef rijdt me soms naar de kerk.',
    watWilIk: 'Op donderdag naar de markt in Beilen.',
    waarom: 'Daar zie ik mijn oude buren.',
    overPraten: 'Nee',
  },
  persoon: {
    naam: 'Buurvrouw Anna', relatie: 'Buurman of buurvrouw', watDoetHij: 'Ze brengt elke dinsdag de krant en drinkt koffie.',
    hoeVaak: 'Elke week', kanMeer: 'Nee, het is al veel', lieverNiet: 'Ze is zelf ook al 84.',
  },
  professional: { naam: 'Thuiszorg Middenveld', watDoetHij: 'Helpt mij met douchen.', hoeVaak: 'Elke dag' },
  mantelzorg: { voorWie: 'Mijn man Henk. Hij vergeet steeds meer.', teZwaar: 'Soms' },
  wensen: { wondervraag: 'Weer zelf naar de markt kunnen.', eigenIdee: 'Misschien kan de buurtbus mij op donderdag ophalen.' },
  gesprek: {
    waar: 'Bij mij thuis', wanneer: ['In de ochtend', 'In de middag'], wanneerToelichting: 'Niet op woensdag, dan komt de pedicure.',
    wieErbij: 'Mijn dochter Sanne', clientondersteuner: 'Ja', taal: 'Nederlands', tolk: 'Nee',
    bijzonderheden: 'Ik hoor slecht. Bel twee keer aan.',
  },
  contact: {
    naam: 'Gerda Bakker', telefoon: '0612345678', email: 'gerda.bakker@example.nl', straat: 'Hoofdstraat 3', postcode: '9414 AB',
    woonplaats: undefined as string | undefined, kern: 'Westerbork', voorkeur: 'Bellen',
  },
};
export type MeldingData = typeof MELDING;

/**
 * The journey's step count with two chosen levensgebieden: wie, kiezen, 2 × (levensgebied + hulp in de buurt), mensen, wensen,
 * gesprek, contact, controleren, versturen.
 */
export const STEPS_WITH_TWO_TOPICS = 12;

// ---- Small building blocks ------------------------------------------------------------------------

/** A fieldset (role group) by its legend; legends may end in a marker: "(verplicht)" or "(niet verplicht)". */
export function group(scope: Page | Locator, legend: string | RegExp): Locator {
  return scope.getByRole('group', { name: legend });
}

/** Picks one radio button in a question. */
export async function choose(scope: Page | Locator, legend: string | RegExp, option: string): Promise<void> {
  await group(scope, legend).getByRole('radio', { name: option, exact: true }).check();
}

/** The primary "Volgende" button (the hidden default-submit copy is aria-hidden, so it does not count). */
export function nextButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Volgende', exact: true });
}

/** Presses a submit button and returns the response to the form post (before any redirect is followed). */
export async function submit(page: Page, button: Locator): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    button.click(),
  ]);
  await page.waitForLoadState('domcontentloaded');
  return response;
}

/** Checks "Stap X van Y" in the h1 and at the start of the document title. */
export async function expectStep(page: Page, number: number, total: number, title: string): Promise<void> {
  const step = `Stap ${number} van ${total}`;
  await expect(page.getByRole('heading', { level: 1 })).toContainText(step);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await expect(page).toHaveTitle(new RegExp(`^${step}: ${escapeRegExp(title)} - `));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---- One function per step ------------------------------------------------------------------------

export async function fillWie(page: Page, helper: MeldingData['helper'] = MELDING.helper): Promise<void> {
  await choose(page, 'Wie vult dit in?', 'Ik help iemand met invullen');
  await page.getByLabel('Uw naam').fill(helper.naam);
  await page.getByLabel('Wat doet u?').fill(helper.rol);
  await page.getByLabel('Waar komt u vandaan?').fill(helper.organisatie);
}

/** Ticks levensgebieden by their title (each tile's label starts with it). */
export async function chooseTopics(page: Page, titles: readonly string[]): Promise<void> {
  for (const title of titles) {
    await page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(title)}`) }).check();
  }
}

/** Walks to the questions of one topic: who fills in, then the topic chosen. */
export async function startTopic(page: Page, title: string, path: RegExp): Promise<void> {
  await page.goto('/melding/wie');
  await fillWie(page);
  await nextButton(page).click();
  await chooseTopics(page, [title]);
  await nextButton(page).click();
  await expect(page).toHaveURL(path);
}

export async function fillTopic(page: Page, topic: MeldingData['gedeeld'] | MeldingData['privé']): Promise<void> {
  await choose(page, /^Hoe (gaat het|voelt u zich)/, topic.hoeGaatHet);
  await page.getByLabel('Wat lukt u zelf nog wel?').fill(topic.watLuktZelf);
  for (const m of topic.moeite) await page.getByRole('checkbox', { name: m, exact: true }).check();
  await page.getByLabel('Wie helpt u hier nu al bij?').fill(topic.wieHelpt);
  await page.getByLabel('Wat wilt u weer kunnen?').fill(topic.watWilIk);
  await page.getByLabel('Waarom is dat belangrijk voor u?').fill(topic.waarom);
  await choose(page, 'Wilt u hierover praten in het gesprek?', topic.overPraten);
}

/** Fills one "Persoon N" row on the mensen page. */
export async function fillPersoon(page: Page, n: number, p: Partial<MeldingData['persoon']> & { naam: string }): Promise<void> {
  const row = persoonRow(page, n);
  await row.getByLabel('Voornaam, of wie het is').fill(p.naam);
  if (p.relatie) await row.getByLabel('Wat is deze persoon van u?').selectOption({ label: p.relatie });
  if (p.watDoetHij) await row.getByLabel('Wat doet deze persoon voor u?').fill(p.watDoetHij);
  if (p.hoeVaak) await choose(row, 'Hoe vaak?', p.hoeVaak);
  if (p.kanMeer) await choose(row, 'Kan deze persoon meer doen?', p.kanMeer);
  if (p.lieverNiet) await row.getByLabel('Wilt u deze persoon liever niet om hulp vragen?').fill(p.lieverNiet);
}

/** The fieldset of "Persoon N". */
export function persoonRow(page: Page, n: number): Locator {
  return page.getByRole('group', { name: `Persoon ${n}`, exact: true });
}

export async function fillMensen(page: Page, data: MeldingData = MELDING): Promise<void> {
  await fillPersoon(page, 1, data.persoon);
  const prof = page.getByRole('group', { name: 'Professional 1', exact: true });
  await prof.getByLabel('Wie is het, of welke organisatie?').fill(data.professional.naam);
  await prof.getByLabel('Wat doet deze professional voor u?').fill(data.professional.watDoetHij);
  await choose(prof, 'Hoe vaak?', data.professional.hoeVaak);
  // The follow-up questions sit inside this fieldset and have their own "Ja": the question's own option comes first.
  await group(page, /^Zorgt u voor iemand\?/).getByRole('radio', { name: 'Ja', exact: true }).first().check();
  await page.getByLabel('Voor wie zorgt u?').fill(data.mantelzorg.voorWie);
  await choose(page, 'Is het soms te zwaar?', data.mantelzorg.teZwaar);
}

export async function fillWensen(page: Page, wensen: MeldingData['wensen'] = MELDING.wensen): Promise<void> {
  await page.getByLabel('Als u één ding kon veranderen, wat zou dat zijn?').fill(wensen.wondervraag);
  await page.getByLabel('Had u zelf al een idee wat zou helpen?').fill(wensen.eigenIdee);
}

export async function fillGesprek(page: Page, g: MeldingData['gesprek'] = MELDING.gesprek): Promise<void> {
  await choose(page, 'Waar wilt u het gesprek?', g.waar);
  for (const dagdeel of g.wanneer) await group(page, 'Wanneer kan het?').getByRole('checkbox', { name: dagdeel }).check();
  await page.getByLabel('Zijn er dagen die niet kunnen?').fill(g.wanneerToelichting);
  await page.getByLabel('Wie wilt u erbij hebben?').fill(g.wieErbij);
  await choose(page, 'Wilt u hulp van een cliëntondersteuner?', g.clientondersteuner);
  await page.getByLabel('In welke taal wilt u het gesprek?').fill(g.taal);
  await choose(page, 'Wilt u een tolk?', g.tolk);
  await page.getByLabel('Moeten wij nog iets weten?').fill(g.bijzonderheden);
}

export async function fillContact(page: Page, c: Partial<MeldingData['contact']> = MELDING.contact): Promise<void> {
  if (c.naam !== undefined) await page.getByLabel(/^Naam( \(verplicht\))?$/).fill(c.naam);
  if (c.telefoon !== undefined) await page.getByLabel('Telefoonnummer').fill(c.telefoon);
  if (c.email !== undefined) await page.getByLabel('E-mailadres').fill(c.email);
  if (c.straat !== undefined) await page.getByLabel('Straat en huisnummer').fill(c.straat);
  if (c.postcode !== undefined) await page.getByLabel('Postcode').fill(c.postcode);
  // The place is asked once: a kern from the list, or "Ergens anders" and then the Woonplaats.
  if (c.kern !== undefined) await page.getByLabel('In welke plaats woont u?').selectOption({ label: c.kern });
  if (c.woonplaats !== undefined) await page.getByLabel('Woonplaats').fill(c.woonplaats);
  if (c.voorkeur !== undefined) await choose(page, 'Hoe wilt u het liefst contact?', c.voorkeur);
}

// ---- Whole journeys ---------------------------------------------------------------------------------

/**
 * Walks the journey from the start page to "Controleer uw verhaal", checking "Stap X van Y" on every step.
 * Ends on the check page.
 */
export async function walkJourney(page: Page, data: MeldingData = MELDING): Promise<void> {
  const total = STEPS_WITH_TWO_TOPICS;
  await page.goto('/');
  await page.getByRole('link', { name: 'Begin', exact: true }).click();

  // Before any levensgebied is chosen the journey has 8 steps; choosing two makes it 12 (each brings its help nearby).
  await expectStep(page, 1, 8, 'Wie vult dit in?');
  await fillWie(page, data.helper);
  await nextButton(page).click();

  await expectStep(page, 2, 8, 'Waar wilt u over vertellen?');
  await chooseTopics(page, [data.gedeeld.titel, data.privé.titel]);
  await nextButton(page).click();

  await expectStep(page, 3, total, data.gedeeld.titel);
  await fillTopic(page, data.gedeeld);
  await nextButton(page).click();

  // Help nearby may be passed by: nothing is marked.
  await expectStep(page, 4, total, `Hulp in de buurt: ${data.gedeeld.titel}`);
  await nextButton(page).click();

  await expectStep(page, 5, total, data.privé.titel);
  await fillTopic(page, data.privé);
  await nextButton(page).click();

  await expectStep(page, 6, total, `Hulp in de buurt: ${data.privé.titel}`);
  await nextButton(page).click();

  await expectStep(page, 7, total, 'Mensen om u heen');
  await fillMensen(page, data);
  await nextButton(page).click();

  await expectStep(page, 8, total, 'Wat wilt u het liefst?');
  await fillWensen(page, data.wensen);
  await nextButton(page).click();

  await expectStep(page, 9, total, 'Het gesprek');
  await fillGesprek(page, data.gesprek);
  await nextButton(page).click();

  await expectStep(page, 10, total, 'Hoe kunnen wij u bereiken?');
  await fillContact(page, data.contact);
  await nextButton(page).click();

  await expectStep(page, 11, total, 'Controleer uw verhaal');
}

/**
 * From the check page: shares `data.gedeeld`, keeps `data.privé`, gives consent and sends.
 * Ends on the confirmation and returns the reference code shown there.
 */
export async function sendMelding(page: Page, data: MeldingData = MELDING): Promise<string> {
  await page.getByRole('link', { name: 'Naar versturen' }).click();
  await expectStep(page, STEPS_WITH_TWO_TOPICS, STEPS_WITH_TWO_TOPICS, 'Delen en versturen');
  await choose(page, `${data.gedeeld.titel}: wilt u dit delen met de gemeente?`, 'Ja, delen met de gemeente');
  await choose(page, `${data.privé.titel}: wilt u dit delen met de gemeente?`, 'Nee, dit houd ik voor mezelf');
  await page.getByRole('checkbox', { name: 'De gemeente mag contact met mij opnemen over deze melding.' }).check();
  await page.getByRole('button', { name: 'Verstuur mijn melding' }).click();
  return expectConfirmation(page);
}

/** Checks the confirmation page and returns its reference code. */
export async function expectConfirmation(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/melding\/verstuurd$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Uw melding is verstuurd' })).toBeVisible();
  const code = (await page.getByTestId('referentie').innerText()).trim();
  expect(code).toMatch(REFERENTIE);
  return code;
}

/**
 * A short draft that can be sent: one levensgebied and a way to reach the person, filled in through the pages.
 * Ends on the versturen page.
 */
export async function prepareShortMelding(page: Page, topic = 'Huishouden'): Promise<void> {
  await page.goto('/levensgebieden');
  await chooseTopics(page, [topic]);
  await nextButton(page).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(topic);
  await page.goto('/melding/contact');
  await fillContact(page, { naam: MELDING.contact.naam, telefoon: MELDING.contact.telefoon });
  await nextButton(page).click();
  await expect(page).toHaveURL(/\/melding\/controleren$/);
  await page.getByRole('link', { name: 'Naar versturen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Delen en versturen');
}

/** Sends the draft prepared by prepareShortMelding; returns the reference code. */
export async function sendShortMelding(page: Page, topic = 'Huishouden'): Promise<string> {
  await prepareShortMelding(page, topic);
  await choose(page, `${topic}: wilt u dit delen met de gemeente?`, 'Ja, delen met de gemeente');
  await page.getByRole('checkbox', { name: 'De gemeente mag contact met mij opnemen over deze melding.' }).check();
  await page.getByRole('button', { name: 'Verstuur mijn melding' }).click();
  return expectConfirmation(page);
}

// ---- Reading the summary ----------------------------------------------------------------------------

/**
 * The summary ("Mijn verhaal") as plain text: every section is a region named by its heading.
 * Whitespace is collapsed, and the reference code and dates are replaced, so two summaries can be compared.
 */
export async function readSummary(page: Page): Promise<string> {
  const sections = page.getByRole('main').getByRole('region');
  await expect(sections.first()).toBeVisible();
  const texts = await sections.allInnerTexts();
  return texts
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/KW-[0-9A-Z]{4}-[0-9A-Z]{4}/g, '<code>')
    .replace(/\b\d{1,2} [a-z]+ \d{4}\b/g, '<datum>')
    .replace(/\b\d{2}:\d{2}\b/g, '<tijd>');
}

/** One summary section (region) by its heading. */
export function summarySection(page: Page, heading: string): Locator {
  return page.getByRole('main').getByRole('region', { name: heading, exact: true });
}

/**
 * Checks that the summary on the page tells the shared part of the story, and nothing that was kept private.
 * Works on the confirmation and on the print page.
 */
export async function expectSummary(page: Page, data: MeldingData = MELDING): Promise<void> {
  const wie = summarySection(page, 'Wie vulde dit in');
  await expect(wie).toContainText('Ik help iemand met invullen');
  await expect(wie).toContainText(data.helper.naam);
  await expect(wie).toContainText(data.helper.organisatie);

  const wensen = summarySection(page, 'Wat ik het liefst wil');
  await expect(wensen).toContainText(data.wensen.wondervraag);
  await expect(wensen).toContainText(data.wensen.eigenIdee);

  const gedeeld = summarySection(page, data.gedeeld.titel);
  for (const text of [data.gedeeld.hoeGaatHet, data.gedeeld.watLuktZelf, ...data.gedeeld.moeite, data.gedeeld.wieHelpt,
    data.gedeeld.watWilIk, data.gedeeld.waarom]) {
    await expect(gedeeld).toContainText(text);
  }

  const netwerk = summarySection(page, 'Mensen om mij heen');
  for (const text of [data.persoon.naam, data.persoon.relatie, data.persoon.watDoetHij, data.persoon.hoeVaak, data.persoon.kanMeer,
    data.persoon.lieverNiet, data.professional.naam, data.professional.watDoetHij, data.mantelzorg.voorWie]) {
    await expect(netwerk).toContainText(text);
  }

  const gesprek = summarySection(page, 'Wensen voor het gesprek');
  for (const text of [data.gesprek.waar, ...data.gesprek.wanneer, data.gesprek.wieErbij, data.gesprek.taal, data.gesprek.bijzonderheden]) {
    await expect(gesprek).toContainText(text);
  }

  const contact = summarySection(page, 'Contact');
  for (const text of [data.contact.naam, data.contact.telefoon, data.contact.email, data.contact.kern]) {
    await expect(contact).toContainText(text);
  }

  // What the person kept to themselves is not in the summary at all: not its title, not their words.
  const summary = await readSummary(page);
  expect(summary).not.toContain(data.privé.titel);
  expect(summary).not.toContain(data.privé.watLuktZelf);
  expect(summary).not.toContain(data.privé.wieHelpt);
  expect(summary).not.toContain(data.privé.watWilIk);
}
