import { axeEveryState } from './axe';
import { reflowEveryState } from './gates/reflow';
import { test, type Page } from '@playwright/test';
import { createAccount, loggedIn, login } from './loket-helpers';
import { openMelding, planGesprek, sendMelding, setStatus } from './loket-melding';
import { sendWith } from './samen-helpers';
import { NAMENS_NEE } from './states';

// Each werkplek test logs in for real (scrypt, the CLI in a child process): give it room on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** A "Klopt dit niet?" report through the public form, so the beheer page has something to list. */
const reportWrong = async (p: Page) => {
  await p.goto('/sociale-kaart/tuinhulp-smilde/klopt-niet');
  await p.getByLabel('Wat klopt er niet?').fill('Het telefoonnummer werkt niet meer.');
  await p.getByRole('button', { name: 'Verstuur' }).click();
};
const submit = (name: string) => (p: Page) => p.getByRole('button', { name }).click();

/** A melding of this test's own (parallel tests change theirs), opened from the inbox by a new medewerker, then `act`. */
function ownMelding(act?: (page: Page) => Promise<void>, role: 'loketmedewerker' | 'beheerder' = 'loketmedewerker') {
  let referentie = '';
  return {
    arrange: async (p: Page) => { referentie = (await sendMelding(p.context().browser()!)).referentie; await loggedIn(p, role); },
    act: async (p: Page) => { await openMelding(p, referentie); await act?.(p); },
  };
}

/** A melding of this test's own, filled in with a helper as `invuller` says, with the helper's addition, opened by a medewerker. */
function samenMelding(invuller: Record<string, string>, then?: (p: Page) => Promise<void>) {
  let referentie = '';
  return {
    arrange: async (p: Page) => {
      referentie = await sendWith(p.context().browser()!, invuller, 'Zij loopt moeilijk.');
      await loggedIn(p, 'loketmedewerker');
    },
    act: async (p: Page) => { await openMelding(p, referentie); await then?.(p); },
  };
}

/** Every werkplek page, in every state we ship, error states included. */
const states: { name: string; path: string; arrange?: (page: Page) => Promise<unknown>; act?: (page: Page) => Promise<void> }[] = [
  { name: 'login', path: '/loket' },
  { name: 'login, English', path: '/en/loket' },
  { name: 'login, met fouten', path: '/loket', act: submit('Inloggen') },
  { name: 'login, verlopen', path: '/loket?verlopen=ja' },
  { name: 'nieuw wachtwoord', path: '/loket/wachtwoord',
    arrange: async (p) => { const a = createAccount('loketmedewerker'); await login(p, a.email, a.password); } },
  { name: 'nieuw wachtwoord, met fouten', path: '/loket/wachtwoord',
    arrange: async (p) => { const a = createAccount('loketmedewerker'); await login(p, a.email, a.password); }, act: submit('Wachtwoord opslaan') },
  { name: 'nieuw wachtwoord, te makkelijk te raden', path: '/loket/wachtwoord',
    arrange: async (p) => { const a = createAccount('loketmedewerker'); await login(p, a.email, a.password); },
    act: async (p) => {
      for (const label of ['Nieuw wachtwoord', 'Herhaal het nieuwe wachtwoord']) await p.getByLabel(label).fill('aaaaaaaaaaaa');
      await submit('Wachtwoord opslaan')(p);
    } },
  { name: 'tweede stap instellen', path: '/loket/account', arrange: (p) => loggedIn(p, 'loketmedewerker'),
    act: async (p) => { await p.getByRole('link', { name: 'Stel een code uit een app in' }).click(); } },
  { name: 'tweede stap instellen, met fout', path: '/loket/account', arrange: (p) => loggedIn(p, 'loketmedewerker'),
    act: async (p) => { await p.getByRole('link', { name: 'Stel een code uit een app in' }).click(); await submit('Code controleren en instellen')(p); } },
  { name: 'inbox', path: '/loket/inbox', arrange: (p) => loggedIn(p, 'loketmedewerker') },
  { name: 'mijn account', path: '/loket/account', arrange: (p) => loggedIn(p, 'loketmedewerker') },
  { name: 'geen toegang', path: '/loket/beheer/audit', arrange: (p) => loggedIn(p, 'loketmedewerker') },
  { name: 'auditlog', path: '/loket/beheer/audit', arrange: (p) => loggedIn(p, 'beheerder') },
  { name: 'accounts', path: '/loket/beheer/accounts', arrange: (p) => loggedIn(p, 'beheerder') },
  { name: 'accounts, met fout', path: '/loket/beheer/accounts', arrange: (p) => loggedIn(p, 'beheerder'), act: submit('Account toevoegen') },
  { name: 'accounts, tweede stap gewist', path: '/loket/beheer/accounts?klaar=totp-gewist', arrange: (p) => loggedIn(p, 'beheerder') },
  { name: 'auditlog, datum met fout', path: '/loket/beheer/audit?van=gisteren&tot=2026-01-01', arrange: (p) => loggedIn(p, 'beheerder') },
  { name: 'inbox, met een melding', path: '/loket/inbox', arrange: async (p) => { await sendMelding(p.context().browser()!); await loggedIn(p, 'loketmedewerker'); } },
  { name: 'melding', path: '/loket/inbox', ...ownMelding() },
  { name: 'melding, met fout', path: '/loket/inbox', ...ownMelding(submit('Notitie opslaan')) },
  { name: 'melding, gesprek met fouten', path: '/loket/inbox', ...ownMelding(submit('Gesprek opslaan')) },
  { name: 'melding, print', path: '/loket/inbox', ...ownMelding((p) => p.getByRole('link', { name: 'Printversie voor de gespreksmap' }).click()) },
  { name: 'melding afgerond, uitkomst met fout', path: '/loket/inbox', ...ownMelding(async (p) => {
    for (const label of ['In behandeling', 'Afgerond']) {
      await p.getByRole('combobox', { name: 'Nieuwe status' }).selectOption({ label });
      await submit('Status wijzigen')(p);
    }
    await submit('Uitkomst opslaan')(p);
  }) },
  { name: 'melding afgerond, gesprek en verloop zichtbaar', path: '/loket/inbox', ...ownMelding(async (p) => {
    await setStatus(p, 'In behandeling');
    await planGesprek(p, { datum: '2026-12-10', tijd: '14:00', plek: 'Bij mevrouw thuis', wie: 'Ahmed' });
    await setStatus(p, 'Afgerond');
  }) },
  { name: 'melding als beheerder, print met behandeling en notities', path: '/loket/inbox', ...ownMelding(async (p) => {
    await planGesprek(p, { datum: '2026-12-10', tijd: '14:00', plek: 'Bij mevrouw thuis', wie: 'Ahmed' });
    await p.getByLabel('Nieuwe notitie').fill('Dochter belt terug.');
    await submit('Notitie opslaan')(p);
    await p.getByRole('link', { name: 'Printversie met de interne notities' }).click();
  }, 'beheerder') },
  { name: 'melding als beheerder, verwijderen met fout', path: '/loket/inbox', ...ownMelding(submit('Verwijder de inhoud van deze melding'), 'beheerder') },
  { name: 'melding namens zonder toestemming', path: '/loket/inbox', ...samenMelding(NAMENS_NEE) },
  { name: 'melding namens, print', path: '/loket/inbox', ...samenMelding(NAMENS_NEE, (p) => p.getByRole('link', { name: 'Printversie voor de gespreksmap' }).click()) },
  { name: 'melding via dorpssteunpunt, met aanvulling van de helper', path: '/loket/inbox',
    ...samenMelding({ wie: 'samen', helperNaam: 'Jan', dorpssteunpunt: 'Dorpssteunpunt Beilen' }) },
  { name: 'inbox, namens zonder toestemming', path: '/loket/inbox', arrange: async (p) => {
    await sendWith(p.context().browser()!, NAMENS_NEE); await loggedIn(p, 'loketmedewerker');
  } },
  { name: 'meldingen per dorpssteunpunt', path: '/loket/beheer/samen', arrange: async (p) => {
    await sendWith(p.context().browser()!, { wie: 'samen', helperNaam: 'Jan', dorpssteunpunt: 'Dorpssteunpunt Beilen' }); await loggedIn(p, 'beheerder');
  } },
  { name: 'uitgelogd', path: '/loket/inbox', arrange: (p) => loggedIn(p, 'loketmedewerker'), act: submit('Uitloggen') },
  { name: 'klopt dit niet, open meldingen', path: '/loket/beheer/klopt-niet', arrange: async (p) => { await reportWrong(p); await loggedIn(p, 'beheerder'); } },
  { name: 'klopt dit niet, afgehandeld', path: '/loket/beheer/klopt-niet', arrange: async (p) => { await reportWrong(p); await loggedIn(p, 'beheerder'); },
    act: (p) => p.getByRole('button', { name: /^Markeer als afgehandeld/ }).first().click() },
  { name: 'klopt dit niet, alle meldingen', path: '/loket/beheer/klopt-niet?toon=alle', arrange: async (p) => { await reportWrong(p); await loggedIn(p, 'beheerder'); } },
  { name: 'niet gevonden (lacunes)', path: '/loket/beheer/lacunes?periode=week',
    arrange: async (p) => { await p.goto('/sociale-kaart?q=strijkservice'); await loggedIn(p, 'beheerder'); } },
  { name: 'niet gevonden, English', path: '/en/loket/beheer/lacunes', arrange: (p) => loggedIn(p, 'beheerder') },
  { name: 'bewaartermijnen', path: '/loket/beheer/bewaartermijnen', arrange: (p) => loggedIn(p, 'beheerder') },
  { name: 'bewaartermijnen, English', path: '/en/loket/beheer/bewaartermijnen', arrange: (p) => loggedIn(p, 'beheerder') },
];

axeEveryState(states, 'werkplek ');
reflowEveryState(states, 'werkplek ');
