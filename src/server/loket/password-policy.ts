import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/**
 * zxcvbn's estimate must reach its top score (at least 10^10 guesses): in its authors' words strong protection even
 * when a stolen slow hash (our scrypt) is attacked offline. It stands for NIST SP 800-63B's blocklist: common and
 * breached passwords, repeated or sequential characters, keyboard walks and a word with digits tacked on all score
 * below it, whatever their length; a sentence of a few words passes easily.
 */
const MIN_SCORE = 4;

/** Words of this service that make a password easier to guess (NIST's "context-specific words"). */
const SERVICE_WORDS = ['krachtwijzer', 'werkplek', 'loket', 'wmo', 'gemeente', 'wachtwoord'];

let estimator: ZxcvbnFactory | undefined;
/** Built on first use: ranking the bundled lists takes about 70 ms, which the server need not spend at start-up. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator;
}

/** The pieces of an e-mail address a person might reuse: the whole address, the part before @, its name parts, the domain's labels. */
export function emailParts(email: string): { own: string[]; context: string[] } {
  const address = email.trim().toLowerCase();
  const [local = '', domain = ''] = address.split('@');
  const names = local.split(/[._+-]+/).filter((p) => p.length >= 4);
  return {
    own: [...new Set([address, ...[local, local.replace(/[._+-]+/g, ''), ...names].filter((p) => p.length >= 4)])],
    context: [...new Set([local, ...local.split(/[._+-]+/), ...domain.split('.')].filter((p) => p.length >= 2))],
  };
}

/** Why a new password is refused: an i18n key, or undefined when it may be used. */
export type PasswordProblem = 'errors.loket.nieuwWachtwoord.email' | 'errors.loket.nieuwWachtwoord.common';

/**
 * Checks a new password (already 12-200 characters, see NewPasswordSchema) as NIST SP 800-63B asks: not built on
 * the account's e-mail address, not on a list of common or breached passwords, no repeats or sequences. No rules
 * about capitals, digits or symbols: those make passwords harder to remember, not harder to guess.
 */
export function passwordProblem(password: string, email: string): PasswordProblem | undefined {
  const lower = password.normalize('NFKC').toLowerCase();
  const { own, context } = emailParts(email);
  if (own.some((part) => lower.includes(part) || lower.replace(/[^\p{L}\p{N}]+/gu, '').includes(part))) {
    return 'errors.loket.nieuwWachtwoord.email';
  }
  const { score } = zxcvbn().check(password, [...context, ...SERVICE_WORDS]);
  return score < MIN_SCORE ? 'errors.loket.nieuwWachtwoord.common' : undefined;
}
