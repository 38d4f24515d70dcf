import type { Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';

/**
 * What a screen reader makes of a page, read from Playwright's accessibility snapshot (the tree assistive
 * technology gets, hidden content left out): the heading outline, the landmarks, and the names of controls.
 */

/** Roles a person operates: each needs an accessible name (WCAG 4.1.2). */
const CONTROL_ROLES = new Set(['button', 'link', 'textbox', 'searchbox', 'checkbox', 'radio', 'combobox', 'listbox', 'spinbutton',
  'slider', 'switch', 'tab', 'menuitem', 'option']);
const LANDMARKS = new Set(['banner', 'main', 'contentinfo', 'navigation', 'complementary', 'search', 'form', 'region']);

interface Node { role: string; name: string | undefined; level: number | undefined }

/** The snapshot (YAML) as a flat list: `heading "Title" [level=1]` becomes { role: 'heading', name: 'Title', level: 1 }. */
function parse(snapshot: string): Node[] {
  const nodes: Node[] = [];
  const visit = (item: unknown): void => {
    if (Array.isArray(item)) { item.forEach(visit); return; }
    if (item === null || typeof item !== 'object') { if (typeof item === 'string') add(item); return; }
    for (const [key, value] of Object.entries(item)) { add(key); if (Array.isArray(value)) visit(value); }
  };
  const add = (line: string) => {
    const m = /^([a-z]+)(?: ("(?:[^"\\]|\\.)*"|\/.*\/))?((?: \[[^\]]*\])*)$/.exec(line.trim());
    if (!m) return;
    const [, role, rawName, attrs] = m;
    let name = rawName;
    try { if (rawName?.startsWith('"')) name = JSON.parse(rawName) as string; } catch { /* keep it as written */ }
    const level = /\[level=(\d)\]/.exec(attrs ?? '')?.[1];
    nodes.push({ role: role!, name: name || undefined, level: level ? Number(level) : undefined });
  };
  visit(parseYaml(snapshot));
  return nodes;
}

/**
 * Problems with the page's structure: exactly one h1, no heading more than one level deeper than the one before
 * (WCAG 1.3.1, 2.4.6), one banner, main and contentinfo (the print views have only main), every navigation and
 * repeated landmark named and told apart, and a name on every control.
 */
export async function semanticProblems(page: Page): Promise<string[]> {
  const nodes = parse(await page.locator('body').ariaSnapshot());
  const bare = await page.locator('body[data-portal-bare]').count() > 0;
  const problems: string[] = [];

  const headings = nodes.filter((n) => n.role === 'heading');
  const h1s = headings.filter((h) => h.level === 1);
  if (h1s.length !== 1) problems.push(`${h1s.length} h1 headings: ${h1s.map((h) => h.name).join(' | ')}`);
  let previous = 1; // the first heading may be an h1 or an h2 (the error summary comes before the h1)
  for (const h of headings) {
    if (h.level === undefined) continue;
    if (h.level > previous + 1) problems.push(`heading level skipped: h${h.level} "${h.name}" after h${previous}`);
    previous = h.level;
  }
  for (const h of headings) if (!h.name) problems.push(`empty h${h.level} heading`);

  const count = (role: string) => nodes.filter((n) => n.role === role).length;
  const required = bare ? ['main'] : ['banner', 'main', 'contentinfo'];
  for (const role of required) if (count(role) !== 1) problems.push(`${count(role)} ${role} landmarks, expected 1`);
  for (const role of LANDMARKS) {
    const all = nodes.filter((n) => n.role === role);
    if (role === 'navigation') for (const n of all) if (!n.name) problems.push('a navigation without a name (aria-label)');
    if (all.length > 1 && role !== 'region') {
      const names = all.map((n) => n.name ?? '');
      if (new Set(names).size !== names.length) problems.push(`${all.length} ${role} landmarks that are not told apart by name: ${names.join(' | ')}`);
    }
  }

  for (const n of nodes) if (CONTROL_ROLES.has(n.role) && !n.name) problems.push(`a ${n.role} without an accessible name`);
  return problems;
}

/**
 * Fields about the person themselves must say what they hold (WCAG 1.3.5), so a browser can fill them in and
 * assistive technology can show an icon. A field that looks personal but is about someone else (a neighbour's
 * name, a new colleague's address) must say so with autocomplete="off". TextField writes "off" unless told
 * otherwise (a volunteer's shared computer must not suggest the last person's answers), so the contact
 * page's tokens are checked by name in gates.spec.ts.
 */
export async function autocompleteProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const personal = /(^|[-_])(naam|name|voornaam|achternaam|straat|adres|address|postcode|woonplaats|telefoon|tel|phone|email|e-mail|geboortedatum|wachtwoord|password)($|[-_])/i;
    const fields = document.querySelectorAll<HTMLInputElement>('input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=submit]):not([type=button])');
    return [...fields].flatMap((field) => {
      // A password is always the person's own: it must say whether it is the current or a new one.
      if (field.type === 'password' && !['current-password', 'new-password'].includes(field.autocomplete)) {
        return [`password field "${field.name}" has autocomplete "${field.autocomplete}", not current-password or new-password`];
      }
      const looksPersonal = ['email', 'tel'].includes(field.type) || personal.test(field.name) || personal.test(field.id);
      if (!looksPersonal || field.hasAttribute('autocomplete')) return [];
      return [`${field.type} field "${field.name}" has no autocomplete attribute`];
    });
  });
}

/**
 * Installs, before any page script, a record of what changes on the page after it has loaded. Content that
 * appears or changes while the person is on the page must be announced (WCAG 4.1.3): it must sit in a live
 * region (aria-live, role status/alert/log) or take the focus.
 */
export async function watchDynamicContent(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const changed = new Set<Element>();
    (window as unknown as { __portalChanged: Set<Element> }).__portalChanged = changed;
    addEventListener('load', () => {
      new MutationObserver((records) => {
        for (const r of records) {
          // What was added, or whose text or visibility changed; not the parent that merely received it.
          const nodes = r.type === 'childList' ? [...r.addedNodes] : [r.target];
          for (const node of nodes) {
            const el = node instanceof Element ? node : node.parentElement;
            if (el) changed.add(el);
          }
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'class', 'style'] });
    });
  });
}

/** Content changed after load that is visible, has text, and is neither in a live region nor focused. */
export async function unannouncedChanges(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const changed = (window as unknown as { __portalChanged?: Set<Element> }).__portalChanged ?? new Set<Element>();
    const live = '[aria-live]:not([aria-live=off]), [role=status], [role=alert], [role=log], [role=timer]';
    return [...changed].flatMap((el) => {
      if (!el.isConnected || !(el instanceof HTMLElement) || el.offsetParent === null || !(el.textContent ?? '').trim()) return [];
      // A control changing its own state (a button's label) is announced with the control.
      if (el.closest(live) || el.contains(document.activeElement) || el.closest('button, a, label, select, textarea')) return [];
      // Content next to its own status message is summed up by it: live search results announce their count, not
      // every result (WCAG 4.1.3 asks for the status message, not the list). The message sits in it or beside it.
      if (el.querySelector(live) || el.parentElement?.querySelector(`:scope > :is(${live})`)) return [];
      return [`<${el.tagName.toLowerCase()} class="${el.className}"> changed after load: "${(el.textContent ?? '').trim().slice(0, 60)}"`];
    });
  });
}
