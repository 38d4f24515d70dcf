import type { APIRoute } from 'astro';
import { readPostedForm } from '@/server/request';

/**
 * "Ik ben er nog" on a shared computer: loading the session (in middleware) already moved the draft's expiry.
 * The warning's script asks with js=ja and gets 204; without JS the form returns to the page it came from.
 */
export const POST: APIRoute = async ({ request, redirect, locals }) => {
  await locals.session.load();
  if (locals.session.expired) return new Response(null, { status: 410 });
  const form = await readPostedForm(request).catch(() => new FormData());
  if (form.get('js') === 'ja') return new Response(null, { status: 204 });
  const terug = String(form.get('terug') ?? '');
  // Only a path of this site, never another address (no open redirect).
  const safe = /^\/(en\/)?[a-z0-9/-]*$/.test(terug) && !terug.startsWith('//') ? terug : locals.href('/');
  return redirect(safe, 303);
};
