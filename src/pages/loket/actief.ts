import type { APIRoute } from 'astro';
import { readPostedForm } from '@/server/request';

/**
 * "Ik ben er nog": the guard in middleware already restarted the idle timeout for this request.
 * The warning's script asks with js=ja and gets 204; without JS the form returns to the page it came from.
 */
export const POST: APIRoute = async ({ request, redirect, locals }) => {
  const form = await readPostedForm(request).catch(() => new FormData());
  if (form.get('js') === 'ja') return new Response(null, { status: 204 });
  const terug = String(form.get('terug') ?? '');
  const safe = /^\/(en\/)?loket(\/[a-z0-9/-]*)?$/.test(terug) ? terug : locals.href('/loket/inbox');
  return redirect(safe, 303);
};
