import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/**
 * What a page makes the browser download besides its HTML, measured on the built server's own files:
 * an inwoner on an old phone over a weak connection pays for every byte.
 */

export const BUDGET = {
  /** Compressed JavaScript per inwoner page. */
  jsBytes: 15 * 1024,
  /** Compressed CSS per inwoner page. */
  cssBytes: 25 * 1024,
};

/** Inwoner pages carry the budget; the werkplek (any /loket path, in any language) is an office tool. */
export const isInwonerPath = (path: string) => !/^(\/[a-z]{2})?\/loket(\/|$|\?)/.test(path);

export interface PageWeight { js: number; css: number; islands: number; jsFiles: string[]; fonts: string[]; images: string[] }

/** gzip at the level a server would use for static files. */
export const gzipBytes = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

/**
 * The page's JavaScript and CSS, compressed: external files (as listed by the browser's resource timing, so
 * scripts loaded later count too) and inline <script>/<style>. Also: islands on the page, web fonts that can
 * block text (font-display other than swap, optional or fallback), and images that are neither inline SVG nor
 * sized and lazy.
 */
export async function measurePage(page: Page): Promise<PageWeight> {
  const found = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const urls = (test: (e: PerformanceResourceTiming) => boolean) => resources.filter(test).map((e) => e.name);
    const isJs = (e: PerformanceResourceTiming) => e.initiatorType === 'script' || /\.m?js(\?|$)/.test(e.name);
    const isCss = (e: PerformanceResourceTiming) => /\.css(\?|$)/.test(e.name) || (e.initiatorType === 'link' && !isJs(e));
    const domScripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src);
    const domStyles = [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((l) => l.href);
    const modulePreloads = [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => l.href);
    const fonts = [...document.fonts].filter((f) => !['swap', 'optional', 'fallback'].includes(f.display)).map((f) => `${f.family} (font-display: ${f.display})`);
    const images = [...document.querySelectorAll('img')].flatMap((img) => {
      const sized = img.hasAttribute('width') && img.hasAttribute('height');
      return sized && img.loading === 'lazy' ? [] : [`<img src="${img.getAttribute('src')}"> is not sized and lazy`];
    });
    return {
      js: [...new Set([...urls(isJs), ...domScripts, ...modulePreloads])].filter((u) => u.startsWith(location.origin)),
      css: [...new Set([...urls(isCss), ...domStyles])].filter((u) => u.startsWith(location.origin)),
      inlineJs: [...document.querySelectorAll('script:not([src])')].filter((s) => !['application/ld+json', 'application/json'].includes((s as HTMLScriptElement).type)).map((s) => s.textContent ?? ''),
      inlineCss: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
      islands: document.querySelectorAll('astro-island').length,
      fonts, images,
    };
  });
  const fetched = async (url: string) => (await page.request.get(url)).body();
  let js = found.inlineJs.reduce((sum, text) => sum + gzipBytes(text), 0);
  for (const url of found.js) js += gzipBytes(await fetched(url));
  let css = found.inlineCss.reduce((sum, text) => sum + gzipBytes(text), 0);
  for (const url of found.css) css += gzipBytes(await fetched(url));
  return { js, css, islands: found.islands, jsFiles: found.js, fonts: found.fonts, images: found.images };
}

/**
 * Budget problems of an inwoner page: over budget; JavaScript files on a page without an island (such a page
 * ships nothing but its few small inline enhancements, so 0 KB of script files); blocking fonts; unsized images.
 */
export function budgetProblems(w: PageWeight): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    ...(w.js > BUDGET.jsBytes ? [`JavaScript ${kb(w.js)} compressed, budget ${kb(BUDGET.jsBytes)}`] : []),
    ...(w.islands === 0 && w.jsFiles.length > 0 ? [`JavaScript files on a page without an island: ${w.jsFiles.join(', ')}`] : []),
    ...(w.css > BUDGET.cssBytes ? [`CSS ${kb(w.css)} compressed, budget ${kb(BUDGET.cssBytes)}`] : []),
    ...w.fonts.map((f) => `web font that can block text: ${f}`),
    ...w.images,
  ];
}
