import type { APIRoute } from 'astro';
import { hsdsOrganization, hsdsPage } from '@/domain/sociale-kaart/hsds';
import { getKaart } from '@/pages/_sociale-kaart/kaart';
import { intParam, json } from '@/pages/_sociale-kaart/hsds-api';

/** Organizations, by name. Query: `page`, `per_page` (at most 100). */
export const GET: APIRoute = async ({ url }) => {
  const byId = new Map((await getKaart()).aanbod.map((a) => [a.organisatie.id, hsdsOrganization(a.organisatie)]));
  const all = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return json(hsdsPage(all, intParam(url.searchParams, 'page', 1, 10_000), intParam(url.searchParams, 'per_page', 50, 100)));
};
