import type { APIRoute } from 'astro';
import { hsdsPage, hsdsTaxonomyTerms } from '@/domain/sociale-kaart/hsds';
import { hsdsLabel, intParam, json } from '@/pages/_sociale-kaart/hsds-api';

/** Every term of our taxonomies; `taxonomy_id` narrows to one taxonomy. Query: `page`, `per_page` (at most 100). */
export const GET: APIRoute = ({ url, locals }) => {
  const taxonomy = url.searchParams.get('taxonomy_id');
  const all = hsdsTaxonomyTerms(locals.gemeente.kernen.map((k) => k.naam), hsdsLabel).filter((t) => !taxonomy || t.taxonomy_id === taxonomy);
  return json(hsdsPage(all, intParam(url.searchParams, 'page', 1, 10_000), intParam(url.searchParams, 'per_page', 100, 100)));
};
