import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Response } from '@playwright/test';
import { budgetProblems, isInwonerPath, measurePage } from './gates/budget';
import { displayModeProblems } from './gates/display-modes';
import { htmlCodeSnifferErrors, htmlValidateErrors } from './gates/engines';
import { autocompleteProblems, semanticProblems, unannouncedChanges, watchDynamicContent } from './gates/semantics';
import { openState, type PageState } from './states';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The last document the server sent to the page's main frame (after any redirect): the HTML as served. */
function trackServedDocument(page: Page): () => Response | undefined {
  let last: Response | undefined;
  page.on('response', (r) => {
    if (r.request().isNavigationRequest() && r.frame() === page.mainFrame() && (r.status() < 300 || r.status() >= 400)) last = r;
  });
  return () => last;
}

/**
 * One test per page state, with one page load for all the gates, so a new row in a state list is checked by
 * every one of them: axe-core (WCAG 2.2 A/AA), HTML_CodeSniffer (WCAG2AA errors), html-validate on the served
 * HTML, the screen-reader semantics (headings, landmarks, names, autocomplete, live regions), forced colours,
 * dark mode and reduced motion, and for inwoner pages the JavaScript, CSS, font and image budget.
 * Each gate reports on its own (soft assertions), so one failure does not hide the next.
 */
export function axeEveryState(states: readonly PageState[], prefix = '') {
  for (const state of states) {
    test(`axe and every page gate: ${prefix}${state.name}`, async ({ page }) => {
      const served = trackServedDocument(page);
      await watchDynamicContent(page);
      await openState(page, state);

      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect.soft(results.violations, JSON.stringify(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })), null, 2)).toEqual([]);

      const document = served();
      expect(document, 'the page was served by the server').toBeDefined();
      expect.soft(await htmlValidateErrors(await document!.text()), 'html-validate on the served HTML').toEqual([]);
      expect.soft(await semanticProblems(page), 'headings, landmarks and accessible names').toEqual([]);
      expect.soft(await autocompleteProblems(page), 'autocomplete on personal fields (WCAG 1.3.5)').toEqual([]);
      expect.soft(await unannouncedChanges(page), 'dynamic content in a live region (WCAG 4.1.3)').toEqual([]);
      if (isInwonerPath(state.path)) expect.soft(budgetProblems(await measurePage(page)), 'page weight budget').toEqual([]);

      const modes = await displayModeProblems(page);
      expect.soft(modes.reducedMotion, 'motion with prefers-reduced-motion: reduce').toEqual([]);
      expect.soft(modes.forcedColors, 'controls and focus in forced colours (high contrast)').toEqual([]);
      expect.soft(modes.dark, 'controls and focus with a dark colour-scheme preference').toEqual([]);

      // Last: HTML_CodeSniffer leaves its own marks on the page.
      expect.soft(await htmlCodeSnifferErrors(page), 'HTML_CodeSniffer WCAG2AA errors').toEqual([]);
    });
  }
}
