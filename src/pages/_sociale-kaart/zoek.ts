import type { AstroGlobal } from 'astro';
import { lacuneTerms } from '@/domain/sociale-kaart/lacunes';
import { suggest } from '@/domain/sociale-kaart/suggestie';
import { readZoekvraag } from '@/domain/sociale-kaart/zoeken';
import { getKaart } from './kaart';

/**
 * The search of a request: what was asked, the page of what was found, and a suggestion when nothing was. A search with
 * text that finds nothing has its words counted for the gemeente, unless `count` is false (the live update counts only
 * a finished search, not every key).
 */
export async function zoek(astro: AstroGlobal, count = true) {
  const { gemeente, app } = astro.locals;
  const now = app.now();
  const vraag = readZoekvraag(astro.url.searchParams, gemeente.kernen.map((k) => k.naam));
  const kaart = await getKaart();
  const pagina = kaart.page(vraag, now);
  const suggestie = pagina.total === 0 ? suggest(kaart, vraag, now) : undefined;
  if (count && pagina.total === 0 && vraag.q !== '') {
    // Each search that finds nothing must reach the server to be counted: never answered from the response cache.
    astro.locals.uncacheable = true;
    // Count the words, never the search text, so the gemeente sees what people miss. Counting may fail; the page may not.
    try {
      await app.lacunes.count(lacuneTerms(vraag.q), now);
    } catch (error) {
      console.error(JSON.stringify({ event: 'lacune-count-failed', error: error instanceof Error ? error.name : 'unknown' }));
    }
  }
  return { vraag, pagina, suggestie, now };
}
