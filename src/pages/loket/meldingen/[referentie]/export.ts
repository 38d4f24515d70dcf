import type { APIRoute } from 'astro';
import { StoredMeldingSchema } from '@/domain/melding/schema';
import { ReferentieSchema } from '@/domain/melding/referentie';

/**
 * The melding as JSON, in the published schema of its version (/schema/melding.json, or /schema/melding-v1.json for
 * meldingen sent as version 1). Audit-logged; never cached.
 */
export const GET: APIRoute = async ({ params, locals }) => {
  const referentie = ReferentieSchema.safeParse(params.referentie);
  const stored = referentie.success ? await locals.app.repository.getMelding(referentie.data) : undefined;
  if (!stored) return new Response('Not found', { status: 404 });
  // The persoonlijk plan is stored beside the melding and travels with it in the export (schema field persoonlijkPlan).
  const plannen = locals.app.verder.plans(stored.referentie);
  const melding = StoredMeldingSchema.parse(plannen.length > 0 ? { ...stored, persoonlijkPlan: plannen } : stored);
  locals.app.loket.audit.write({ actor: locals.loket!.email, action: 'melding-geexporteerd', referentie: melding.referentie }, locals.app.now());
  return new Response(JSON.stringify(melding, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': `attachment; filename="${melding.referentie}.json"` },
  });
};
