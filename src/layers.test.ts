import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

// The layer table of HOW-WE-BUILD.md, as eslint.config.js enforces it: small files at paths in src/ that do not
// exist, linted with the project's own configuration.
const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });
const LAYER_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned nothing for ${filePath}`);
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`${filePath} does not parse: ${fatal.map((m) => m.message).join('; ')}`);
  return result.messages.filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId)).map((m) => m.message);
}

const ts = (source: string) => `import { x } from '${source}';\nexport { x };\n`;
const astro = (frontmatter: string) => `---\n${frontmatter}\n---\n<p>ok</p>\n`;
/** A file at `path` that imports `source`: in the frontmatter of an .astro file, at the top of a .ts file. */
const importing = (path: string, source: string) => (path.endsWith('.astro') ? astro(`import { x } from '${source}';\nconsole.log(x);`) : ts(source));

// The first lint loads the parsers (TypeScript, Astro): a few seconds on a busy machine.
beforeAll(async () => {
  await eslint.lintText(astro(''), { filePath: 'src/pages/voorbeeld.astro' });
}, 60_000);

describe('pages and components never see a database handle', () => {
  test.each([
    ['src/pages/loket/beheer/voorbeeld.astro', '@/server/db'],
    ['src/pages/loket/beheer/voorbeeld.astro', '@/server/stores/klopt-niet'],
    ['src/pages/loket/voorbeeld.astro', '../../server/db/sqlite'],
    ['src/pages/api/voorbeeld.ts', '@/server/storage/sqlite'],
    ['src/pages/api/voorbeeld.ts', 'node:sqlite'],
    ['src/pages/api/voorbeeld.ts', 'pg'],
    ['src/pages/api/voorbeeld.ts', 'kysely'],
    ['src/middleware.ts', '@/server/db'],
    ['src/components/loket/Voorbeeld.astro', 'kysely'],
    ['src/components/journey/voorbeeld.ts', '@/server/db/postgres'],
  ])('%s may not import %s', async (path, source) => {
    expect(await layerErrors(path, importing(path, source))).toEqual([expect.stringContaining('never see a database handle')]);
  });

  test('a page may ask a service in server/ and compose components and domain code', async () => {
    const code = astro([
      "import LoketLayout from '@/components/loket/LoketLayout.astro';",
      "import { field } from '@/domain/form-data';",
      "import { login } from '@/server/loket/login';",
      "import { getEntry } from 'astro:content';",
      'const { app } = Astro.locals;',
      'console.log(LoketLayout, field, login, getEntry, app);',
    ].join('\n'));
    expect(await layerErrors('src/pages/loket/voorbeeld.astro', code)).toEqual([]);
  });
});

describe('components get data as props, not from server/', () => {
  test.each([
    ['an import of the App', astro("import { getApp } from '@/server/app';"), 'server/ is node only'],
    ['a type from server/', astro("import type { DraftSession } from '@/server/draft-session';"), 'server/ is node only'],
    ['the App from locals', astro('const { t, app } = Astro.locals;'), 'Components never see the App'],
    ['the App as a member', astro('const minutes = Astro.locals.app.config.KRACHTWIJZER_LOKET_IDLE_MINUTES;'), 'Components never see the App'],
    ['server code in a client script', "<p>ok</p>\n<script>\n  import { getApp } from '@/server/app';\n  console.log(getApp);\n</script>\n", 'server/ is node only'],
  ])('%s is refused', async (_name, code, message) => {
    expect(await layerErrors('src/components/loket/Voorbeeld.astro', code)).toEqual([expect.stringContaining(message)]);
  });

  test('domain code, translations and the idle times from locals are allowed', async () => {
    const code = astro([
      "import type { FieldError } from '@/domain/form-errors';",
      "import FormField from '@/components/form/FormField.astro';",
      'const { t, idle } = Astro.locals;',
      'const errors: FieldError[] = [];',
      'console.log(FormField, t, idle.loketMinutes, errors);',
    ].join('\n'));
    expect(await layerErrors('src/components/loket/Voorbeeld.astro', code)).toEqual([]);
  });
});

describe('the domain is plain TypeScript', () => {
  test.each([
    ['astro'],
    ['astro:middleware'],
    ['@astrojs/node'],
    ['preact'],
    ['preact/hooks'],
    ['nanostores'],
    ['i18next'],
    ['@/i18n'],
    ['node:fs'],
    ['@/server/errors'],
    ['../../server/app'],
    ['@/components/form/markering'],
    ['@/islands/zoek-store'],
    ['@/pages/_loket/helpers'],
  ])('src/domain may not import %s', async (source) => {
    expect(await layerErrors('src/domain/melding/voorbeeld.ts', ts(source))).toHaveLength(1);
  });

  test('nor through import() or an import type', async () => {
    const code = "export type App = import('@/server/app').App;\nexport const load = () => import('astro:content');\n";
    expect(await layerErrors('src/domain/melding/voorbeeld.ts', code)).toEqual([
      'domain/ imports only domain/ (and zod).',
      expect.stringContaining('domain/ is pure TypeScript'),
    ]);
  });

  test('zod and other domain modules are allowed; its tests may read files with node:fs', async () => {
    const code = "import { z } from 'zod';\nimport { LEVENSGEBIEDEN } from '../levensgebied/levensgebieden';\nimport { MeldingSchema } from './schema';\nexport { z, LEVENSGEBIEDEN, MeldingSchema };\n";
    expect(await layerErrors('src/domain/melding/voorbeeld.ts', code)).toEqual([]);
    expect(await layerErrors('src/domain/melding/voorbeeld.test.ts', ts('node:fs'))).toEqual([]);
    expect(await layerErrors('src/domain/melding/voorbeeld.test.ts', ts('astro'))).toHaveLength(1);
  });
});

describe('islands', () => {
  test.each([['@/server/app'], ['i18next'], ['@/i18n'], ['node:crypto'], ['astro:content']])('may not import %s', async (source) => {
    expect(await layerErrors('src/islands/voorbeeld.tsx', ts(source))).toHaveLength(1);
  });

  test('may import preact, nanostores and the domain', async () => {
    const code = "import { useState } from 'preact/hooks';\nimport { atom } from 'nanostores';\nimport { zoek } from '@/domain/sociale-kaart/zoeken';\nexport { useState, atom, zoek };\n";
    expect(await layerErrors('src/islands/voorbeeld.tsx', code)).toEqual([]);
  });
});

describe('server/ sits below the UI, and server/db below the stores and features', () => {
  test.each([
    ['src/server/loket/voorbeeld.ts', '@/components/form/markering'],
    ['src/server/loket/voorbeeld.ts', '@/pages/_loket/helpers'],
    ['src/server/voorbeeld.ts', '@/islands/zoek-store'],
    ['src/server/db/voorbeeld.ts', '../stores/klopt-niet'],
    ['src/server/db/voorbeeld.ts', '@/server/app'],
    ['src/server/db/migrations/voorbeeld.ts', '../../loket/accounts'],
  ])('%s may not import %s', async (path, source) => {
    expect(await layerErrors(path, ts(source))).toHaveLength(1);
  });

  test.each([
    ['src/server/stores/voorbeeld.ts', '../db'],
    ['src/server/db/voorbeeld.ts', 'node:sqlite'],
    ['src/server/db/voorbeeld.ts', 'kysely'],
    ['src/server/db/voorbeeld.ts', '../errors'],
    ['src/server/db/voorbeeld.test.ts', '../stores/klopt-niet'],
    ['src/server/loket/voorbeeld.ts', '@/domain/loket/roles'],
  ])('%s may import %s', async (path, source) => {
    expect(await layerErrors(path, ts(source))).toEqual([]);
  });
});
