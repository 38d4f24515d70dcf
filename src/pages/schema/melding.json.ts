import type { APIRoute } from 'astro';
import { meldingJsonSchema } from '@/domain/melding/json-schema';

/** The published JSON Schema of a sent melding, generated from the one zod schema. */
export const GET: APIRoute = () => Response.json(meldingJsonSchema(), {
  headers: { 'Content-Type': 'application/schema+json; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
});
