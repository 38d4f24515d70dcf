import { expect, test } from '@playwright/test';

/** The Content-Security-Policy as a header (frame-ancestors works only there), with Astro's script and style hashes. */

const DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"];

for (const path of ['/', '/levensgebieden', '/sociale-kaart', '/loket']) {
  test(`${path} sends the whole policy as a header, and its scripts and styles run under it`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(path);
    const policy = response?.headers()['content-security-policy'] ?? '';
    for (const directive of DIRECTIVES) expect(policy.split(/;\s*/)).toContain(directive);
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).toMatch(/style-src 'self'/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });
}
