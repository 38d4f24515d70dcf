import type { APIRoute } from 'astro';
import { hsdsPage, hsdsService, serviceTerms, termId } from '@/domain/sociale-kaart/hsds';
import { readZoekvraag } from '@/domain/sociale-kaart/zoeken';
import { getKaart } from '@/pages/_sociale-kaart/kaart';
import { hsdsLabel, intParam, json } from '@/pages/_sociale-kaart/hsds-api';

/**
 * Services, fully nested, in the kaart's order. Query: `search` (text, typo-tolerant), `taxonomy_term_id`,
 * `kern`, `page`, `per_page` (at most 100). Unknown values match nothing or are ignored; never an error.
 */
export const GET: APIRoute = async ({ url, locals }) => {
  const params = url.searchParams;
  const kernen = locals.gemeente.kernen.map((k) => k.naam);
  const vraag = readZoekvraag(new URLSearchParams({ q: params.get('search') ?? '', kern: params.get('kern') ?? '' }), kernen);
  const term = params.get('taxonomy_term_id');
  const found = (await getKaart()).search(vraag, locals.app.now())
    .filter((a) => !term || serviceTerms(a).some(([taxonomy, value]) => termId(taxonomy, value) === term));
  const page = hsdsPage(found, intParam(params, 'page', 1, 10_000), intParam(params, 'per_page', 50, 100));
  return json({ ...page, contents: page.contents.map((a) => hsdsService(a, hsdsLabel)) });
};
