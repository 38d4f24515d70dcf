import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import type { Page } from '@playwright/test';

/**
 * Two checkers next to axe-core: HTML_CodeSniffer (an independent WCAG rule set, the one pa11y runs) inside the
 * page, and html-validate on the HTML exactly as the server sent it.
 */

const require = createRequire(import.meta.url);
const HTMLCS_SOURCE = readFileSync(require.resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');

/**
 * HTML_CodeSniffer's errors (not its warnings or notices, which ask a person to look) for WCAG 2 AA.
 * The script is evaluated, not added as a tag: the page's Content-Security-Policy rightly refuses unknown scripts.
 */
export async function htmlCodeSnifferErrors(page: Page): Promise<string[]> {
  return page.evaluate(`new Promise((resolve) => {
    ${HTMLCS_SOURCE}
    // HTML_CodeSniffer 2.5.1 lacks some English messages and then throws: report the message's key instead.
    const translate = HTMLCS.getTranslation;
    HTMLCS.getTranslation = (key) => translate.call(HTMLCS, key) ?? key;
    const describe = (el) => el && el.outerHTML ? el.outerHTML.slice(0, 120) : String(el);
    HTMLCS.process('WCAG2AA', document, () => {
      resolve(HTMLCS.getMessages().filter((m) => m.type === HTMLCS.ERROR).map((m) => m.code + ': ' + describe(m.element)));
    }, () => resolve(['HTML_CodeSniffer could not run']), 'en');
  })`);
}

/**
 * html-validate with its recommended rules (the HTML standard, content models, a11y rules), less the ones that
 * argue with a deliberate choice; each exception says why.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  // Astro's island runtime writes its own <style>astro-island{display:contents}</style> just before the first island
  // (Hulp in de buurt's live results), inside the page's content; browsers apply it there, the content model lists
  // <style> as metadata only. Our own styles stay in <head>: a <style> inside phrasing content (a <p>) still fails.
  elements: ['html5', { style: { flow: true } }],
  rules: {
    // A group of checkboxes shares one name (levensgebieden=wonen&levensgebieden=geld), read as a list on the server.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // Titles start with "Fout: " and "Stap 3 van 12: " before the page name and the gemeente (WCAG 2.4.2, 3.3.1);
    // the 70-character advice is about search results, and these pages are noindex.
    'long-title': 'off',
    // Phone numbers keep their spaces and hyphens as written (screen readers and tests find "0800-2000");
    // .portal-nowrap keeps them on one line instead of non-breaking characters.
    'tel-non-breaking': ['error', { ignoreClasses: ['portal-nowrap'] }],
  },
});

/** html-validate's errors for one served document, one line each with the line number. */
export async function htmlValidateErrors(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? `line ${m.line}`})`));
}
