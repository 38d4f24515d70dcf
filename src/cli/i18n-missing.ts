/**
 * `npm run i18n:missing`: per language, the keys still to translate compared with nl.json (the source), and keys
 * a language has that it should not. Run it after adding strings to nl.json. Exits 1 when anything is missing,
 * so it can guard a merge; `--json` prints the same as JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extraKeys, missingKeys } from '@/i18n/coverage';

const dir = fileURLToPath(new URL('../i18n/locales/', import.meta.url));
const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
const nl = read('nl.json');
const report = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'nl.json').sort().map((file) => {
  const locale = file.replace(/\.json$/, '');
  const messages = read(file);
  return { locale, missing: missingKeys(nl, messages, locale), extra: extraKeys(nl, messages, locale) };
});

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const { locale, missing, extra } of report) {
    console.log(`${locale}: ${missing.length === 0 ? 'complete' : `${missing.length} missing`}${extra.length ? `, ${extra.length} not in nl.json` : ''}`);
    for (const key of missing) console.log(`  missing  ${key}: ${JSON.stringify(nl[key] ?? nl[`${key.replace(/_[a-z]+$/, '')}_other`])}`);
    for (const key of extra) console.log(`  extra    ${key}`);
  }
}
process.exitCode = report.some((r) => r.missing.length > 0 || r.extra.length > 0) ? 1 : 0;
