import { expect, type Locator, type Page } from '@playwright/test';

/** Keyboard-only steps for the journeys: Tab until a control has the focus, checking the focus is visible at every stop. */

/** Whether the focused element shows a focus indicator: an outline of 2 px or more, or its tile's. */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const shown = (el: Element | null) => {
      if (!el) return false;
      const style = getComputedStyle(el);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    };
    const el = document.activeElement;
    return shown(el) || shown(el?.closest('.portal-tile') ?? null);
  });
}

/** Presses Tab until `target` has the focus, checking on the way that focus stays visible (no trap: it must get there). */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    expect(await focusIsVisible(page), `focus visible after ${i + 1} Tab presses`).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach the control within ${max} presses`);
}
