import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { GemeenteSchema } from './gemeente';

const demo = parse(readFileSync('content/gemeente/demo.yaml', 'utf8')) as Record<string, unknown>;

test('the demo gemeente has a logo with alt text, and the file is there', () => {
  const gemeente = GemeenteSchema.parse(demo);
  expect(gemeente.logo?.alt).toBe('Gemeente Middenveld');
  expect(readFileSync(`public${gemeente.logo!.src}`, 'utf8')).toContain('<svg');
});

test('a logo without alt text is refused, and says what to write', () => {
  const result = GemeenteSchema.safeParse({ ...demo, logo: { src: '/gemeente/logo.svg', alt: ' ', breedte: 100, hoogte: 40 } });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toMatch(/say what the logo shows/);
});

test('a logo must be a file on the portal itself, not an address elsewhere', () => {
  const result = GemeenteSchema.safeParse({ ...demo, logo: { src: 'https://example.org/logo.svg', alt: 'Logo', breedte: 100, hoogte: 40 } });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toMatch(/path to an \.svg or \.png file in public/);
});
