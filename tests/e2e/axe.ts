import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openState, type PageState } from './states';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One test per page state: axe-core finds no WCAG A/AA violation (and prints what it found otherwise). */
export function axeEveryState(states: readonly PageState[], prefix = '') {
  for (const state of states) {
    test(`axe: ${prefix}${state.name}`, async ({ page }) => {
      await openState(page, state);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations, JSON.stringify(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })), null, 2)).toEqual([]);
    });
  }
}
