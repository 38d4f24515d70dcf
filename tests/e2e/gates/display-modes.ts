import type { Page } from '@playwright/test';

/**
 * The page under the reader's own display settings: Windows high contrast (forced-colors: active), a dark
 * colour-scheme preference, and prefers-reduced-motion. Each is switched on the loaded page with emulateMedia.
 */

/**
 * Controls that cannot be seen, and focus that cannot be seen, in the current display mode. A field needs an
 * edge of at least 3:1 against what is behind it (WCAG 1.4.11): a border, or its own background; a button may
 * also be known by its text alone. In forced colours, which replace backgrounds, every field and button needs a
 * border (as GOV.UK Frontend gives its buttons). Native checkboxes and radios draw their own. Every control
 * given the focus by keyboard shows an outline of 2 px or more at 3:1 (WCAG 2.4.7, 2.4.11); a box-shadow counts
 * only outside forced colours, which removes shadows.
 */
export async function invisibleControls(page: Page): Promise<string[]> {
  // Remember the focus, then one real key press, so programmatic focus below is keyboard focus (:focus-visible)
  // as a Tab would give.
  await page.evaluate(() => { (window as unknown as { __portalFocus: Element | null }).__portalFocus = document.activeElement; });
  await page.keyboard.press('Shift+Tab');
  return page.evaluate(() => {
    const forced = matchMedia('(forced-colors: active)').matches;
    const rgba = (c: string): [number, number, number, number] => {
      const m = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[, /]+([\d.]+))?\)/.exec(c);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : [0, 0, 0, 0];
    };
    const luminance = ([r, g, b]: number[]) => {
      const ch = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
    };
    const contrast = (a: string, b: string) => {
      const [la, lb] = [luminance(rgba(a)), luminance(rgba(b))];
      return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    };
    /** The colour behind an element: the first opaque background among its ancestors. */
    const behind = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (rgba(bg)[3] > 0.5) return bg;
      }
      return 'rgb(255, 255, 255)'; // the canvas: this site declares no color-scheme, so it stays white
    };
    const visible = (el: HTMLElement) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden' && el.getAttribute('aria-hidden') !== 'true';
    };
    const label = (el: HTMLElement) => `${el.tagName.toLowerCase()}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const problems: string[] = [];

    const boxed = document.querySelectorAll<HTMLElement>('button, input:not([type=hidden]), select, textarea, a.utrecht-button');
    for (const el of boxed) {
      if (!visible(el)) continue;
      const style = getComputedStyle(el);
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') && style.appearance !== 'none') continue;
      const back = behind(el.parentElement);
      const edge = (['Top', 'Right', 'Bottom', 'Left'] as const).some((side) => {
        const s = style as unknown as Record<string, string>;
        return parseFloat(s[`border${side}Width`]!) >= 1 && s[`border${side}Style`] !== 'none' && contrast(s[`border${side}Color`]!, back) >= 3;
      });
      const filled = !forced && rgba(style.backgroundColor)[3] > 0.5 && contrast(style.backgroundColor, back) >= 3;
      // A button that looks like text (utrecht-button--subtle) is known by its own text, outside forced colours.
      const textButton = !forced && !['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) && contrast(style.color, back) >= 4.5;
      if (!edge && !filled && !textButton) problems.push(`${label(el)}: no edge of 3:1 against ${back}`);
    }

    const focusable = document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, summary');
    for (const el of focusable) {
      if (!visible(el) || el.tabIndex < 0 || el.closest('[inert]')) continue;
      el.focus({ preventScroll: true });
      if (document.activeElement !== el) continue;
      // The levensgebied tiles draw the focus ring on the tile around the (small) checkbox.
      const ringed = [el, el.closest('.portal-tile')].filter((e): e is HTMLElement => e instanceof HTMLElement);
      const shown = ringed.some((e) => {
        const s = getComputedStyle(e);
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && contrast(s.outlineColor, behind(e.parentElement)) >= 3;
        return outline || (!forced && s.boxShadow !== 'none');
      });
      if (!shown) problems.push(`${label(el)}: focus not visible`);
    }
    (document.activeElement as HTMLElement | null)?.blur();
    ((window as unknown as { __portalFocus: HTMLElement | null }).__portalFocus)?.focus?.({ preventScroll: true });
    return problems;
  });
}

/** Elements that still move with prefers-reduced-motion: reduce (WCAG 2.3.3): any transition or animation time above 0. */
export async function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (v: string) => Math.max(...v.split(',').map((s) => parseFloat(s) * (s.trim().endsWith('ms') ? 0.001 : 1)));
    const problems: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        const moves = (s.transitionDuration && seconds(s.transitionDuration) > 0.01 && s.transitionProperty !== 'none')
          || (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01);
        if (moves) problems.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${pseudo ?? ''} moves`);
      }
    }
    return problems;
  });
}

/** Runs the three display modes in turn on the loaded page, and puts the defaults back. */
export async function displayModeProblems(page: Page): Promise<{ reducedMotion: string[]; forcedColors: string[]; dark: string[] }> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const reducedMotion = await movingElements(page);
  await page.emulateMedia({ reducedMotion: null, forcedColors: 'active' });
  const forcedColors = await invisibleControls(page);
  await page.emulateMedia({ forcedColors: null, colorScheme: 'dark' });
  const dark = await invisibleControls(page);
  await page.emulateMedia({ colorScheme: null });
  return { reducedMotion, forcedColors, dark };
}
