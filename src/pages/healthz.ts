import type { APIRoute } from 'astro';

/**
 * 200 when the storage layer's database answers and is migrated (the SQLite file, or PostgreSQL when set), 503 when
 * it does not; for load balancers and monitoring. `mail` tells the engineer how the outbox stands (waiting, finally
 * failed, with references and error codes, never addresses); a mail problem does not make the portal unhealthy,
 * because sending a melding never depends on it.
 */
export const GET: APIRoute = async ({ locals }) => {
  const ok = (await locals.app.repository.healthy()) && (await locals.app.storageHealthy());
  const mail = ok ? await locals.app.mail.health() : undefined;
  return Response.json({ status: ok ? 'ok' : 'unavailable', database: ok, mail }, { status: ok ? 200 : 503 });
};
