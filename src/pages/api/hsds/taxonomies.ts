import type { APIRoute } from 'astro';
import { hsdsPage, hsdsTaxonomy, taxonomyTerms } from '@/domain/sociale-kaart/hsds';
import { hsdsLabel, intParam, json } from '@/pages/_sociale-kaart/hsds-api';

/** Our taxonomies: levensgebied, soort, vorm, toegang, kosten, kern, doelgroep, kenmerk. */
export const GET: APIRoute = ({ url, locals }) => {
  const all = Object.keys(taxonomyTerms(locals.gemeente.kernen.map((k) => k.naam))).map((t) => hsdsTaxonomy(t, hsdsLabel));
  return json(hsdsPage(all, intParam(url.searchParams, 'page', 1, 10_000), intParam(url.searchParams, 'per_page', 50, 100)));
};
