import { expect, test } from '@playwright/test';
import { hsdsProblems } from '../fixtures/hsds-validator';

/** The read-only HSDS 3.0 API: every record it returns conforms to the official HSDS JSON Schemas. */

test('says which HSDS version it speaks', async ({ request }) => {
  const response = await request.get('/api/hsds/');
  expect(response.headers()['content-type']).toContain('application/json');
  expect(await response.json()).toMatchObject({ version: '3.0' });
});

test('lists services that conform to service.json, in pages', async ({ request }) => {
  const page = await (await request.get('/api/hsds/services?per_page=100')).json();
  expect(page).toMatchObject({ total_items: 49, page_number: 1, first_page: true, last_page: true, empty: false });
  expect(page.contents.flatMap((s: unknown) => hsdsProblems('service.json', s))).toEqual([]);
});

test('searches services typo-tolerantly and by kern', async ({ request }) => {
  const names = async (query: string) => ((await (await request.get(`/api/hsds/services?${query}`)).json()).contents as { name: string }[]).map((s) => s.name);
  expect(await names('search=boodschap')).toContain('Boodschappenmaatje');
  expect(await names('search=boodschap&kern=Smilde')).not.toContain('Boodschappenmaatje');
});

test('filters services on a taxonomy term from /api/hsds/taxonomy_terms', async ({ request }) => {
  const terms = (await (await request.get('/api/hsds/taxonomy_terms')).json()).contents as { id: string; taxonomy: string; code: string }[];
  expect(terms.flatMap((t) => hsdsProblems('taxonomy_term.json', t))).toEqual([]);
  const tip = terms.find((t) => t.taxonomy === 'soort' && t.code === 'netwerk-tip')!;
  const page = await (await request.get(`/api/hsds/services?taxonomy_term_id=${tip.id}`)).json();
  expect(page.total_items).toBe(5);
});

test('gives one service by id, and 404 for an unknown id', async ({ request }) => {
  const first = (await (await request.get('/api/hsds/services?per_page=1')).json()).contents[0];
  const one = await (await request.get(`/api/hsds/services/${first.id}`)).json();
  expect(one).toEqual(first);
  expect((await request.get('/api/hsds/services/00000000-0000-4000-8000-000000000000')).status()).toBe(404);
});

test('lists organizations and taxonomies that conform to their schemas', async ({ request }) => {
  const organizations = (await (await request.get('/api/hsds/organizations')).json()).contents as unknown[];
  expect(organizations).toHaveLength(13);
  expect(organizations.flatMap((o) => hsdsProblems('organization.json', o))).toEqual([]);
  const taxonomies = (await (await request.get('/api/hsds/taxonomies')).json()).contents as unknown[];
  expect(taxonomies.flatMap((t) => hsdsProblems('taxonomy.json', t))).toEqual([]);
});

test('odd paging values are ignored, never an error', async ({ request }) => {
  const response = await request.get('/api/hsds/services?page=-1&per_page=abc&taxonomy_term_id=%3Cx%3E');
  expect(response.status()).toBe(200);
  expect((await response.json()).empty).toBe(true);
});
