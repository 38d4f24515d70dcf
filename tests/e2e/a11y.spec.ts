import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openState, states } from './states';

for (const state of states) {
  test(`axe: ${state.name}`, async ({ page }) => {
    await openState(page, state);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations, JSON.stringify(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })), null, 2)).toEqual([]);
  });
}
