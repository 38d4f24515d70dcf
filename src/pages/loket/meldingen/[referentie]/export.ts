import type { APIRoute } from 'astro';
import { meldingExport } from '@/domain/loket/export';
import { ReferentieSchema } from '@/domain/melding/referentie';
import { exportBehandeling } from '@/server/loket/export';

/**
 * The melding and its handling as JSON, in the published schema (/schema/melding-export.json; the melding inside
 * follows the schema of its own version, /schema/melding.json or /schema/melding-v1.json). A beheerder may add
 * `?notities=ja` to include the internal notes. Audit-logged; never cached.
 */
export const GET: APIRoute = async ({ params, locals, url }) => {
  const referentie = ReferentieSchema.safeParse(params.referentie);
  const stored = referentie.success ? await locals.app.repository.getMelding(referentie.data) : undefined;
  if (!stored) return new Response('Not found', { status: 404 });
  const user = locals.loket!;
  // The persoonlijk plan is stored beside the melding and travels with it (schema field persoonlijkPlan).
  const plannen = await locals.app.verder.plans(stored.referentie);
  const { behandeling, metNotities } = await exportBehandeling(locals.app, user, stored.referentie, url.searchParams.get('notities') === 'ja');
  const document = meldingExport(stored, plannen, behandeling);
  await locals.app.loket.audit.write({ actor: user.email, action: 'melding-geexporteerd', referentie: stored.referentie, ...(metNotities ? { subject: 'met notities' } : {}) }, locals.app.now());
  return new Response(JSON.stringify(document, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': `attachment; filename="${stored.referentie}.json"`, 'Cache-Control': 'no-store' },
  });
};
