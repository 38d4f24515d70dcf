import { expect, test } from '@playwright/test';
import { budgetProblems, isInwonerPath, measurePage } from './gates/budget';
import { invisibleControls, movingElements } from './gates/display-modes';
import { htmlCodeSnifferErrors, htmlValidateErrors } from './gates/engines';
import { autocompleteProblems, semanticProblems, unannouncedChanges, watchDynamicContent } from './gates/semantics';

/**
 * The gates themselves: each finds the problem it is there for on a small page that has it, and nothing on the
 * same page done right. Without this, a gate that silently checks nothing would pass every real page.
 */

const GOOD = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Goed</title>
<style>button { border: 2px solid #000; } :focus-visible { outline: 3px solid #000; }</style></head><body>
<header><nav aria-label="Hoofdmenu"><a href="/">Begin</a></nav></header>
<main><h1>Titel</h1><h2>Deel</h2>
<form><label for="email">E-mailadres</label><input id="email" name="email" type="email" autocomplete="email">
<button type="submit">Verstuur</button></form>
<p role="status" id="status">Klaar</p></main>
<footer><p>Voet</p></footer></body></html>`;

const BAD = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Fout</title>
<style>button { border: 0; background: #1f5e7a; color: #fff; transition: background 1s; } button:focus { outline: none; }</style></head><body>
<header><nav><a href="/">Begin</a></nav></header>
<main><h1>Titel</h1><h1>Nog een titel</h1><h4>Te diep</h4>
<form><label for="email">E-mailadres</label><input id="email" name="email" type="email">
<button type="submit"></button><button type="button">Verstuur</button></form>
<img src="/favicon.svg" alt="logo"><p id="p1">Een</p><p id="p1">Twee</p><div id="bericht">Oud</div></main></body></html>`;

test('every gate finds its problem on a page that has it, and nothing on a page done right', async ({ page }) => {
  await page.setContent(GOOD);
  expect(await semanticProblems(page)).toEqual([]);
  expect(await autocompleteProblems(page)).toEqual([]);
  expect(await htmlCodeSnifferErrors(page)).toEqual([]);
  expect(await htmlValidateErrors(GOOD)).toEqual([]);
  await page.emulateMedia({ forcedColors: 'active' });
  expect(await invisibleControls(page)).toEqual([]);
  await page.emulateMedia({ forcedColors: null, reducedMotion: 'reduce' });
  expect(await movingElements(page)).toEqual([]);

  await page.emulateMedia({ reducedMotion: null });
  await page.setContent(BAD);
  const semantics = await semanticProblems(page);
  expect(semantics).toContainEqual(expect.stringContaining('2 h1 headings'));
  expect(semantics).toContainEqual(expect.stringContaining('heading level skipped: h4'));
  expect(semantics).toContainEqual('a navigation without a name (aria-label)');
  expect(semantics).toContainEqual('a button without an accessible name');
  expect(semantics).toContainEqual('0 contentinfo landmarks, expected 1');
  expect(await autocompleteProblems(page)).toEqual(['email field "email" has no autocomplete attribute']);
  expect(await htmlValidateErrors(BAD)).toContainEqual(expect.stringContaining('no-dup-id'));
  expect(await htmlCodeSnifferErrors(page)).not.toEqual([]);
  await page.emulateMedia({ forcedColors: 'active' });
  const forced = await invisibleControls(page);
  expect(forced).toContainEqual(expect.stringMatching(/^button "Verstuur": no edge/));
  expect(forced).toContainEqual(expect.stringMatching(/^button "Verstuur": focus not visible/));
  await page.emulateMedia({ forcedColors: null, reducedMotion: 'reduce' });
  expect(await movingElements(page)).toContainEqual(expect.stringMatching(/^button/));
  expect(budgetProblems(await measurePage(page))).toEqual(['<img src="/favicon.svg"> is not sized and lazy']);
});

test('content that changes after load counts only when it is not in a live region', async ({ page }) => {
  await watchDynamicContent(page);
  await page.goto('/toegankelijkheid');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const quiet = document.createElement('p');
    const live = document.createElement('p');
    live.setAttribute('role', 'status');
    // Live results: a list updated beside its own status message, which announces the count.
    const results = document.createElement('div');
    const count = document.createElement('p');
    count.setAttribute('role', 'status');
    const group = document.createElement('div');
    group.append(count, results);
    const box = document.createElement('div');
    box.append(quiet);
    main.append(box, group, live);
    quiet.textContent = 'Stil bijgewerkt';
    live.textContent = 'Hardop bijgewerkt';
    results.textContent = 'Resultaten bijgewerkt';
    count.textContent = '3 gevonden';
  });
  const changes = await unannouncedChanges(page);
  expect(changes.join('\n')).toContain('Stil bijgewerkt');
  expect(changes.join('\n')).not.toContain('Hardop bijgewerkt');
  expect(changes.join('\n')).not.toContain('Resultaten bijgewerkt');
});

test('the person\'s own details say what they hold, so a browser can fill them in (WCAG 1.3.5)', async ({ page }) => {
  await page.goto('/melding/contact');
  const tokens = { 'Naam': 'name', 'Telefoonnummer': 'tel', 'E-mailadres': 'email', 'Straat en huisnummer': 'address-line1',
    'Postcode': 'postal-code', 'Woonplaats': 'address-level2' };
  for (const [label, token] of Object.entries(tokens)) {
    await expect(page.getByLabel(label === 'Naam' ? /^Naam( \(verplicht\))?$/ : label), label).toHaveAttribute('autocomplete', token);
  }
  await page.goto('/loket');
  await expect(page.getByLabel('E-mailadres')).toHaveAttribute('autocomplete', 'email');
  await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveAttribute('autocomplete', 'current-password');
});

test('the budget applies to inwoner pages in every language, not to the werkplek', () => {
  expect(['/', '/melding/wie', '/en/', '/sociale-kaart', '/loketten'].every(isInwonerPath)).toBe(true);
  expect(['/loket', '/loket/inbox', '/en/loket', '/tr/loket/inbox?zoek=x'].some(isInwonerPath)).toBe(false);
});
