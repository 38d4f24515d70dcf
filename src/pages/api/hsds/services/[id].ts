import type { APIRoute } from 'astro';
import { hsdsService } from '@/domain/sociale-kaart/hsds';
import { getKaart } from '@/pages/_sociale-kaart/kaart';
import { hsdsLabel, json } from '@/pages/_sociale-kaart/hsds-api';

/** One service, fully nested, by its HSDS id. */
export const GET: APIRoute = async ({ params }) => {
  const aanbod = (await getKaart()).byId(String(params.id));
  return aanbod ? json(hsdsService(aanbod, hsdsLabel)) : json({ error: 'not found' }, 404);
};
