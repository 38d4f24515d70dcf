import type { APIRoute } from 'astro';

/** 200 when the database answers, 503 when it does not; for load balancers and monitoring. */
export const GET: APIRoute = async ({ locals }) => {
  const ok = await locals.app.repository.healthy();
  return Response.json({ status: ok ? 'ok' : 'unavailable', database: ok }, { status: ok ? 200 : 503 });
};
