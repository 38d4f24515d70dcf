import type { Label } from '@/domain/sociale-kaart/hsds';
import { getT } from '@/i18n';

const t = getT('nl');

/** Dutch names for our HSDS taxonomies and terms: the interface texts, so the API and the pages say the same. */
export const hsdsLabel: Label = (taxonomy, term) => {
  if (term === undefined) return t(`socialeKaart.taxonomie.${taxonomy}`);
  if (taxonomy === 'levensgebied') return t(`levensgebied.${term}.title`);
  if (taxonomy === 'kern') return term;
  return t(`socialeKaart.${taxonomy}.${term}`);
};

/** A page number or page size from the query string; anything odd becomes the default. */
export function intParam(params: URLSearchParams, name: string, fallback: number, max: number): number {
  const n = Number.parseInt(params.get(name) ?? '', 10);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/** A JSON answer that anyone may read (the kaart is public data). */
export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' } });
}
