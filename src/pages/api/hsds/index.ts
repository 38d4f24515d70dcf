import type { APIRoute } from 'astro';
import { HSDS_VERSION } from '@/domain/sociale-kaart/hsds';
import { json } from '@/pages/_sociale-kaart/hsds-api';

/** About this API: HSDS version and profile (HSDS OpenAPI `getAPIMetaInformation`). Read-only. */
export const GET: APIRoute = () => json({
  version: HSDS_VERSION,
  // No profile of our own: our taxonomies are plain HSDS taxonomies, listed at /api/hsds/taxonomies.
  profile: 'https://docs.openreferral.org/en/v3.0/',
});
