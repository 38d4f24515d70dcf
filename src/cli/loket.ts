// The werkplek's command line. Uses the same configuration and data directory as the server (loadConfig).
//   npm run loket -- user add --role beheerder <email> [--password-stdin]
//   npm run loket -- user unlock <email>
//   npm run loket -- bewaartermijn [--op YYYY-MM-DD]
//   npm run loket -- sleutel status | sleutel roteer
//   npm run loket -- backup <file> | herstel <file>
//   npm run loket -- help [user|bewaartermijn|sleutel|backup]   (also --help, -h)
// A password is never taken from the arguments (they show in the process list): it is generated and printed once,
// or read from standard input with --password-stdin.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AccountAddSchema, NewPasswordSchema, EmailSchema } from '@/domain/loket/schemas';
import { engineOptions, loadConfig } from '@/server/config';
import { createCipher, loadKeys } from '@/server/crypto';
import { openEngine } from '@/server/db';
import { loketStore } from '@/server/loket';
import { generatePassword } from '@/server/loket/password';
import { passwordProblem } from '@/server/loket/password-policy';
import { retentionDay } from '@/server/loket/retention';
import { outboxStore } from '@/server/mail/outbox';
import { runBewaartermijnen } from '@/server/bewaartermijnen';
import { engineRepository } from '@/server/storage/drafts-meldingen';
import { kloptNietStore } from '@/server/stores/klopt-niet';
import { KLOPT_NIET_LIMITS, kloptNietLimit } from '@/server/stores/klopt-niet-limit';
import { codeHasher, deriveCodeSecret } from '@/server/verder/hash';
import { verderStore } from '@/server/verder/store';
import { onderhoud, ONDERHOUD_COMMANDS, ONDERHOUD_HELP } from './onderhoud';

const HELP: Record<string, string> = {
  user: `  npm run loket -- user add --role <loketmedewerker|beheerder> <email> [--password-stdin]
      create an account; prints a one-time password, or reads the password from standard input
  npm run loket -- user unlock <email>
      lift the lockout after too many wrong passwords`,
  bewaartermijn: `  npm run loket -- bewaartermijn [--op YYYY-MM-DD]
      delete everything past its retention term, as the server does every hour, and print the count per kind;
      --op applies the terms of months (meldingen, "Klopt dit niet?") as of that day (the future is refused in
      production); shorter terms (sessions, drafts, codes) always as of now`,
  ...ONDERHOUD_HELP,
};
const USAGE = `Usage:\n${HELP.user}\n${HELP.bewaartermijn}\n${HELP.sleutel}\n${HELP.backup}\n  npm run loket -- help [${Object.keys(HELP).join('|')}]`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
// Asking for help is not a mistake: it goes to standard output and exits 0. Help on an unknown topic is one (2).
const HELP_FLAGS = ['--help', '-h'];
if (args[0] === 'help' || args.some((a) => HELP_FLAGS.includes(a))) {
  const topic = args[0] === 'help' ? args[1] : args.find((a) => !HELP_FLAGS.includes(a));
  if (topic === undefined) console.log(USAGE);
  else if (topic === 'herstel') console.log(`Usage:\n${HELP.backup}`);
  else if (HELP[topic]) console.log(`Usage:\n${HELP[topic]}`);
  else fail(`No help on "${topic}".\n\n${USAGE}`);
  process.exit(0);
}
if (ONDERHOUD_COMMANDS.includes(args[0] ?? '')) process.exit(await onderhoud(args, loadConfig()));
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [value] = args.splice(i, 2).slice(1);
  return value ?? '';
};
const passwordStdin = args.includes('--password-stdin');
if (passwordStdin) args.splice(args.indexOf('--password-stdin'), 1);
const role = flag('--role');
const op = flag('--op');
const [group, command, email, ...extra] = args;
const retention = group === 'bewaartermijn' && command === undefined;
if (!retention && (group !== 'user' || !command || !email || extra.length > 0)) fail(USAGE);

const config = loadConfig();
// The same database as the server: the embedded file in the data directory, or PostgreSQL (KRACHTWIJZER_DATABASE_URL).
const engine = openEngine(engineOptions(config));
try {
  await engine.ready;
} catch (error) {
  await engine.close();
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  fail(`The database cannot be opened (${engine.kind === 'postgres' ? 'KRACHTWIJZER_DATABASE_URL' : config.KRACHTWIJZER_DATA_DIR})${error instanceof Error ? `: ${error.message}` : ''}${cause}`);
}
// The same keys as the server: the current one writes, the previous ones still read (see "sleutel roteer").
const keys = loadKeys(config);
const cipher = createCipher(keys);
const store = loketStore(engine, cipher, config.KRACHTWIJZER_LOKET_IDLE_MINUTES);
const now = new Date();

if (retention) {
  // The same run the server makes every hour (every term, one audit line), once, against the same database.
  const day = retentionDay(op, now, process.env.NODE_ENV === 'production');
  if (!day.ok) fail(day.error);
  const stores = {
    loket: store, repository: engineRepository(engine, cipher), outbox: outboxStore(engine, cipher),
    verder: verderStore(engine, cipher, codeHasher(deriveCodeSecret(keys.at(-1)!))), kloptNiet: kloptNietStore(engine, cipher),
    kloptNietLimit: kloptNietLimit(engine, { ...KLOPT_NIET_LIMITS, perAddress: config.KRACHTWIJZER_KLOPT_NIET_PER_UUR }),
  };
  const run = await runBewaartermijnen(stores, config, now, { op: day.at, log: (event) => { if (event.event !== 'bewaartermijn-uitgevoerd') console.error(JSON.stringify(event)); } });
  console.log(`Retention as of ${day.at.toISOString().slice(0, 10)}: ${run.subject}.`);
  if (run.referenties.length > 0) console.log(`Meldingen deleted (${config.KRACHTWIJZER_LOKET_BEWAAR_MAANDEN} months after afgerond): ${run.referenties.join(', ')}.`);
  if (run.failed.length > 0) {
    await engine.close();
    fail(`Failed: ${run.failed.join(', ')} (see the lines above); the rest ran.`);
  }
} else if (command === 'add') {
  const parsed = AccountAddSchema.safeParse({ email, role });
  if (!parsed.success) fail(`${z.prettifyError(parsed.error)}\n\n${USAGE}`);
  let password = generatePassword();
  if (passwordStdin) {
    password = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
    const check = NewPasswordSchema.safeParse({ wachtwoord: password, herhaling: password });
    if (!check.success) fail('The password from stdin must be 12 to 200 characters.');
    if (passwordProblem(password, parsed.data.email)) fail('The password from stdin is too easy to guess, or contains the e-mail address: choose a sentence of a few words.');
  }
  const account = await store.accounts.add(parsed.data.email, parsed.data.role, password, now);
  if (!account) fail(`An account for ${parsed.data.email} exists already.`);
  await store.audit.write({ actor: 'cli', action: 'account-aangemaakt', subject: account.email }, now);
  console.log(`Account created: ${account.email} (${account.role}).`);
  if (!passwordStdin) console.log(`One-time password: ${password}\nIt must be changed at the first login.`);
} else if (command === 'unlock') {
  const parsed = EmailSchema.safeParse(email);
  if (!parsed.success) fail(USAGE);
  await store.throttle.unlock(parsed.data);
  await store.audit.write({ actor: 'cli', action: 'account-ontgrendeld', subject: parsed.data }, now);
  console.log(`Unlocked: ${parsed.data}`);
} else {
  fail(USAGE);
}
await engine.close();
