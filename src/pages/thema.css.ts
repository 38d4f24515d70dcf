import type { APIRoute } from 'astro';

/** The gemeente's colours as CSS custom properties, from content/gemeente/<name>.yaml. */
export const GET: APIRoute = ({ locals }) => {
  const { primair, primairTekst, accent } = locals.gemeente.kleuren;
  const css = `:root{--portal-primair:${primair};--portal-primair-tekst:${primairTekst};--portal-accent:${accent};}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
};
