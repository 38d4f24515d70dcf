import { test, type Page } from '@playwright/test';
import { axeEveryState } from './axe';
import { loggedIn } from './loket-helpers';
import { openMelding } from './loket-melding';
import { askCode, readyToSend, sendFromPage, startAndPause, TESTKLOK, useCode } from './later-verder-helpers';
import type { PageState } from './states';

// The simple "Later verder" pages are rows in states.ts; these need a code in another browser, a moved clock or a login.
test.describe.configure({ timeout: 90_000 });

/** Sends a melding with a code from a separate browser; this page then uses the code, `days` after sending. */
async function sentWithCode(page: Page, days: number): Promise<{ code: string; referentie: string }> {
  const context = await page.context().browser()!.newContext();
  const inwoner = await context.newPage();
  await readyToSend(inwoner, 'Gerda Bakker');
  await inwoner.goto('/verder/code');
  const code = await askCode(inwoner);
  const referentie = await sendFromPage(inwoner);
  await context.close();
  await page.context().setExtraHTTPHeaders({ [TESTKLOK]: String(days) });
  return { code, referentie };
}

const states: PageState[] = [
  { name: 'welkom terug', path: '/verder', arrange: async (p) => {
    const context = await p.context().browser()!.newContext();
    const other = await context.newPage();
    await startAndPause(other);
    const code = await askCode(other);
    await context.close();
    await useCode(p, code);
  } },
  { name: 'verder, code geblokkeerd', path: '/verder', act: async (p) => {
    for (let i = 0; i < 6; i++) await useCode(p, 'ZZZZ-ZZZZ-ZZZZ', '1900');
  } },
  { name: 'persoonlijk plan', path: '/verder', act: async (p) => { await useCode(p, (await sentWithCode(p, 1)).code); } },
  { name: 'persoonlijk plan, met fout', path: '/verder', act: async (p) => {
    await useCode(p, (await sentWithCode(p, 1)).code);
    await p.getByRole('button', { name: 'Stuur mijn plan naar de gemeente' }).click();
  } },
  { name: 'persoonlijk plan, ontvangen', path: '/verder', act: async (p) => {
    await useCode(p, (await sentWithCode(p, 1)).code);
    await p.getByLabel('Uw eigen plan').fill('Ik wil eerst zelf een kookcursus proberen.');
    await p.getByRole('button', { name: 'Stuur mijn plan naar de gemeente' }).click();
  } },
  { name: 'status na 7 dagen', path: '/verder', act: async (p) => { await useCode(p, (await sentWithCode(p, 8)).code); } },
  { name: 'werkplek, melding met persoonlijk plan', path: '/loket', act: async (p) => {
    const context = await p.context().browser()!.newContext();
    const inwoner = await context.newPage();
    const { code, referentie } = await sentWithCode(inwoner, 1);
    await useCode(inwoner, code);
    await inwoner.getByLabel('Uw eigen plan').fill('Ik wil eerst zelf een kookcursus proberen.');
    await inwoner.getByRole('button', { name: 'Stuur mijn plan naar de gemeente' }).click();
    await context.close();
    await loggedIn(p, 'loketmedewerker');
    await openMelding(p, referentie);
  } },
];

axeEveryState(states, 'later verder ');
