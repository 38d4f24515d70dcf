import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPostedForm } from './request';

const post = (body: string) => new Request('http://localhost/', {
  method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

describe('readPostedForm', () => {
  test('strips control characters from names and values, and keeps tabs and line breaks', async () => {
    const form = await readPostedForm(post('ver%1Bhaal=Een%00%07%1B%7F%C2%85+zin%09met%0D%0Aregels'));
    expect([...form.entries()]).toEqual([['verhaal', 'Een zin\tmet\r\nregels']]);
  });

  test('refuses a body that is not a form', async () => {
    await expect(readPostedForm(new Request('http://localhost/', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })))
      .rejects.toThrow();
  });
});

describe('every form post passes through readPostedForm', () => {
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : /\.(ts|tsx|astro)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []);

  test('no page, component or server module reads a body with formData() itself', () => {
    const root = join(process.cwd(), 'src');
    const readers = walk(root).filter((file) => /\.formData\(\)/.test(readFileSync(file, 'utf8')));
    expect(readers.map((file) => file.slice(root.length + 1))).toEqual(['server/request.ts']);
  });
});
