import { expect, test, type Page } from '@playwright/test';
import { openState, type PageState } from '../states';

/**
 * Accessibility checks that axe does not make, on every page in every state:
 * reflow (WCAG 1.4.10), zoom (1.4.4), text spacing (1.4.12) and target size (2.5.8).
 */

/** WCAG 1.4.12's text-spacing override, as a bookmarklet would apply it. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

/** How many CSS pixels the page sticks out sideways (0 or less: no horizontal scrolling). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Controls smaller than 24 by 24 CSS pixels. Links inside running text are exempt (2.5.8 "inline"),
 * and so is the hidden default button (1 px, aria-hidden, never focusable with Tab).
 */
const smallTargets = (page: Page) => page.evaluate(() => {
  const controls = document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, summary');
  return [...controls].flatMap((el) => {
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || el.getAttribute('aria-hidden') === 'true' || el.closest('.utrecht-skip-link')) return [];
    const inline = el.tagName === 'A' && el.parentElement !== null && (el.parentElement.textContent ?? '').trim() !== (el.textContent ?? '').trim();
    if (inline) return [];
    return box.width < 24 || box.height < 24 ? [`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('name') || '').trim().slice(0, 40)}" ${Math.round(box.width)}x${Math.round(box.height)}`] : [];
  });
});

/**
 * One test per page state: reflow at 320 px (WCAG 1.4.10), zoom to 200% (1.4.4), text spacing (1.4.12) and
 * target size (2.5.8). Every state list calls it (inwoner, werkplek, sociale kaart), so a new row is checked too.
 */
export function reflowEveryState(states: readonly PageState[], prefix = '') {
  test.describe('reflow, zoom, text spacing and target size', () => {
    // The text-spacing override stands in for a reader's own style sheet, which browsers apply whatever the site's CSP says.
    test.use({ bypassCSP: true });
    for (const state of states) {
      test(`${prefix}${state.name}`, async ({ page }) => {
        // 400% zoom of a 1280 px wide window is 320 CSS px: the reflow width.
        await page.setViewportSize({ width: 320, height: 720 });
        await openState(page, state);
        expect.soft(await overflow(page), 'horizontal scrolling at 320 px').toBeLessThanOrEqual(0);
        expect.soft(await smallTargets(page), 'controls under 24x24 px').toEqual([]);

        await page.addStyleTag({ content: TEXT_SPACING });
        expect.soft(await overflow(page), 'horizontal scrolling with text spacing at 320 px').toBeLessThanOrEqual(0);

        // 200% zoom of a 1280 px window.
        await page.setViewportSize({ width: 640, height: 720 });
        expect.soft(await overflow(page), 'horizontal scrolling at 640 px').toBeLessThanOrEqual(0);
      });
    }
  });
}
