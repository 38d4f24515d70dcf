// ESLint: recommended JavaScript/TypeScript/Astro rules, and the layer table of HOW-WE-BUILD.md as import rules.
// Each folder gets one block: in a flat config a later block replaces a rule's options, it does not add to them,
// so every file must match exactly one layer block. `layerRules` turns a list of forbidden imports into
// `no-restricted-imports` (static imports and re-exports) and `no-restricted-syntax` (`import()` calls and
// `import('…')` types), so a forbidden module cannot come in through a side door.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A module source: the `@/` alias or a relative path up into `src/<dir>`. */
const src = (dir) => `^(@/|(\\.\\./)+)${dir}(/|$)`;
const pkg = (name) => `^${name}(/|$)`;

/** server/ as a whole; its database folders have their own message (DATABASE), so an import is reported once. */
const SERVER = { regex: src('server(?!/(db|stores|storage)(/|$))'), message: 'server/ is node only: data reaches this layer as props or values.' };
const DATABASE = [
  {
    regex: src('server/(db|stores|storage)'),
    message: 'Pages and components never see a database handle: ask a service in server/ (loket/, mail/, verder/, …) for what the page needs.',
  },
  { regex: `^node:sqlite$|${pkg('pg')}|${pkg('pg-[a-z-]+')}|${pkg('kysely')}`, message: 'Pages and components never see a database handle: database drivers belong in server/db/.' },
];
const NODE = { regex: '^node:', message: 'Node built-ins belong in server/.' };
const UI = [
  { regex: src('(components|islands|pages)'), message: 'This layer sits below the UI: it never imports components/, islands/ or pages/.' },
  { regex: '^@/middleware$|^(\\.\\./)+middleware$', message: 'This layer sits below the middleware.' },
];
const DOMAIN_FRAMEWORKS = {
  regex: `${pkg('astro')}|^astro:|${pkg('@astrojs/[^/]+')}|${pkg('preact')}|${pkg('@preact/[^/]+')}|${pkg('nanostores')}|${pkg('@nanostores/[^/]+')}|${pkg('i18next')}|${src('i18n')}`,
  message: 'domain/ is pure TypeScript: data in, data out. Move I/O to server/, UI to components/, strings to i18n/.',
};
const DOMAIN_NODE = { regex: '^node:', message: 'domain/ is pure TypeScript: data in, data out. Move I/O to server/.' };
const DOMAIN_OUTSIDE = { regex: src('(server|components|islands|pages|cli)'), message: 'domain/ imports only domain/ (and zod).' };
const ISLAND_I18N = {
  regex: `${pkg('i18next')}|${src('i18n')}`,
  message: 'Islands get translated strings as props (plural forms included), not i18next.',
};
const ISLAND_ASTRO = { regex: `${pkg('astro')}|^astro:`, message: 'Islands are Preact in the browser: Astro runs on the server only.' };
/** server/db is the floor: the engines, migrations and transactions import nothing above them. */
const DB_UPWARDS = {
  regex: `^(@/server/|(\\.\\./)+)(app|stores|loket|mail|verder|sociale-kaart|draft-session|zaaksysteem)(/|\\.ts$|$)`,
  message: 'server/db/ imports nothing above it: stores and features depend on the engines, not the other way round.',
};
/** Pages receive the narrow thing they need; components receive props and `t`, never the whole App. */
const NO_APP_IN_COMPONENTS = [
  {
    selector: "MemberExpression[object.object.name='Astro'][object.property.name='locals'][property.name='app']",
    message: 'Components never see the App (its stores hold the database): pass what the component needs as props.',
  },
  {
    selector: "VariableDeclarator[init.object.name='Astro'][init.property.name='locals'] > ObjectPattern > Property[key.name='app']",
    message: 'Components never see the App (its stores hold the database): pass what the component needs as props.',
  },
];

/** An esquery string for a regex source: esquery's /…/ literal ends at the first slash, so slashes are escaped. */
const esqueryRegex = (regex) => `/${regex.replaceAll('/', '\\x2F')}/`;

function layerRules(forbidden, syntax = []) {
  return {
    'no-restricted-imports': ['error', { patterns: forbidden.map(({ regex, message }) => ({ regex, message })) }],
    'no-restricted-syntax': [
      'error',
      ...forbidden.flatMap(({ regex, message }) => [
        { selector: `ImportExpression > Literal.source[value=${esqueryRegex(regex)}]`, message },
        { selector: `TSImportType Literal[value=${esqueryRegex(regex)}]`, message },
      ]),
      ...syntax,
    ],
  };
}

const TESTS = ['**/*.test.ts'];
const SOURCES = '**/*.{ts,tsx,astro,js,mjs}';
const sourcesIn = (dir) => [`${dir}/${SOURCES}`, `${dir}/**/*.astro/*.ts`];

export default defineConfig(
  {
    ignores: ['dist/', '.astro/', 'data/', 'test-results/', 'playwright-report/', 'tests/bench/minimal-astro/dist/', 'tests/bench/minimal-astro/.astro/'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter or binding that is there for its position, not its value.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/islands/**', 'src/**/*.astro/*.ts', 'src/**/*.astro/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },

  // The layer table (HOW-WE-BUILD.md, "Folder layout").
  {
    files: sourcesIn('src/domain'),
    ignores: TESTS,
    rules: layerRules([DOMAIN_FRAMEWORKS, DOMAIN_NODE, DOMAIN_OUTSIDE]),
  },
  {
    // Tests of the domain may read fixture files and make random input; they still import no framework.
    files: TESTS.map((t) => `src/domain/${t}`),
    rules: layerRules([DOMAIN_FRAMEWORKS, DOMAIN_OUTSIDE]),
  },
  {
    files: sourcesIn('src/server'),
    ignores: sourcesIn('src/server/db'),
    rules: layerRules([...UI]),
  },
  {
    files: sourcesIn('src/server/db'),
    ignores: TESTS,
    rules: layerRules([...UI, DB_UPWARDS]),
  },
  {
    files: TESTS.map((t) => `src/server/db/${t}`),
    rules: layerRules([...UI]),
  },
  {
    files: sourcesIn('src/components'),
    rules: layerRules([SERVER, ...DATABASE, { regex: src('pages'), message: 'Components never import pages/: pages compose components.' }], NO_APP_IN_COMPONENTS),
  },
  {
    files: sourcesIn('src/islands'),
    rules: layerRules([SERVER, ...DATABASE, NODE, ISLAND_I18N, ISLAND_ASTRO, { regex: src('(pages|components)'), message: 'Islands import domain/, preact and nanostores only.' }]),
  },
  {
    files: [...sourcesIn('src/pages'), 'src/middleware.ts'],
    rules: layerRules([...DATABASE]),
  },
);
