// Runs a TypeScript command-line tool from src/cli on Node 24 without a build step:
//   node --experimental-transform-types src/cli/run.mjs src/cli/<tool>.ts [arguments]
// package.json wraps each tool in an npm script (npm puts the project's Node 24 first on PATH).
import { register } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

register('./resolve-hooks.mjs', import.meta.url);
const [, , script, ...rest] = process.argv;
if (!script) {
  console.error('Usage: node --experimental-transform-types src/cli/run.mjs src/cli/<tool>.ts [arguments]');
  process.exit(2);
}
process.argv = [process.argv[0], script, ...rest];
await import(pathToFileURL(resolve(script)).href);
