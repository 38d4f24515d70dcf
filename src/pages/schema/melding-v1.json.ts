import type { APIRoute } from 'astro';
import { meldingV1JsonSchema } from '@/domain/melding/json-schema';

/** The JSON Schema of meldingen sent as version 1: stored ones keep it, and their export says so. */
export const GET: APIRoute = () => Response.json(meldingV1JsonSchema(), {
  headers: { 'Content-Type': 'application/schema+json; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
});
