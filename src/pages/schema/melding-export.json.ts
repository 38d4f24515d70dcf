import type { APIRoute } from 'astro';
import { meldingExportJsonSchema } from '@/domain/loket/export';

/** The published JSON Schema of the werkplek's export (a melding with its handling), generated from the zod schema. */
export const GET: APIRoute = () => Response.json(meldingExportJsonSchema(), {
  headers: { 'Content-Type': 'application/schema+json; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
});
