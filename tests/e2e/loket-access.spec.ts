import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { loggedIn } from './loket-helpers';

// Each werkplek test logs in for real (scrypt, the CLI in a child process): give it room on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** Every route under src/pages/loket, found on disk, so a new page is checked without anyone remembering to. */
function loketRoutes(): string[] {
  const root = join(process.cwd(), 'src/pages');
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]);
  return walk(join(root, 'loket'))
    .map((file) => `/${relative(root, file)}`.replace(/\.(astro|ts)$/, '').replace(/\/index$/, '').replace(/\[[^\]]+\]/g, 'KW-ABCD-2345'))
    .filter((route) => route !== '/loket');
}

const routes = loketRoutes();

test('finds the werkplek routes', () => {
  expect(routes).toEqual(expect.arrayContaining(['/loket/inbox', '/loket/beheer/audit', '/loket/beheer/accounts']));
});

for (const route of routes) {
  for (const path of [route, `/en${route}`]) {
    test(`without login, ${path} sends the browser to the login page`, async ({ request, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      for (const response of [
        await request.get(path, { maxRedirects: 0 }),
        await request.post(path, { maxRedirects: 0, headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' }, data: 'a=b' }),
      ]) {
        expect(response.status()).toBe(303);
        expect(new URL(response.headers().location!, origin).pathname).toBe(path.startsWith('/en') ? '/en/loket' : '/loket');
      }
    });
  }
}

test('a loketmedewerker gets "Geen toegang" (403) on beheer pages, without a redirect loop, and each refusal is in the audit log', async ({ page, browser }) => {
  const { email } = await loggedIn(page, 'loketmedewerker');
  for (const path of ['/loket/beheer/audit', '/loket/beheer/accounts', '/en/loket/beheer/audit']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Geen toegang|No access/);
  }
  await expect(page.getByRole('link', { name: 'Auditlog' })).toHaveCount(0);

  const beheer = await browser.newContext();
  const beheerPage = await beheer.newPage();
  await loggedIn(beheerPage, 'beheerder');
  await beheerPage.goto('/loket/beheer/audit');
  await beheerPage.getByLabel('E-mailadres van medewerker').fill(email);
  await beheerPage.getByLabel('Actie').selectOption({ label: 'Geen toegang tot beheer' });
  await beheerPage.getByRole('button', { name: 'Filter' }).click();
  await expect(beheerPage.getByRole('status')).toHaveText('Gevonden regels: 3');
  await beheer.close();
});

test('a beheerder reaches the beheer pages', async ({ page }) => {
  await loggedIn(page, 'beheerder');
  expect((await page.goto('/loket/beheer/audit'))?.status()).toBe(200);
  expect((await page.goto('/loket/beheer/accounts'))?.status()).toBe(200);
});
