import { describe, expect, test } from 'vitest';
import { emailParts, passwordProblem } from './password-policy';

const EMAIL = 'jan.devries@middenveld.example';

describe('a new password (NIST SP 800-63B)', () => {
  test('refuses a repeated character, however long', () => {
    expect(passwordProblem('aaaaaaaaaaaa', EMAIL)).toBe('errors.loket.nieuwWachtwoord.common');
  });
  test('refuses common and breached passwords with digits added', () => {
    expect(passwordProblem('password1234', EMAIL)).toBe('errors.loket.nieuwWachtwoord.common');
    expect(passwordProblem('iloveyou1234', EMAIL)).toBe('errors.loket.nieuwWachtwoord.common');
  });
  test('refuses a common word with a year and symbols tacked on', () => {
    expect(passwordProblem('Welkom2024!!', EMAIL)).toBe('errors.loket.nieuwWachtwoord.common');
  });
  test('refuses keyboard walks and sequences', () => {
    expect(passwordProblem('qwertyuiop123', EMAIL)).toBe('errors.loket.nieuwWachtwoord.common');
    expect(passwordProblem('1234567890ab', EMAIL)).toBe('errors.loket.nieuwWachtwoord.common');
  });
  test('refuses the e-mail address itself', () => {
    expect(passwordProblem('jan.devries@middenveld.example', EMAIL)).toBe('errors.loket.nieuwWachtwoord.email');
  });
  test('refuses a password built on the name in the address, in any case and with separators', () => {
    expect(passwordProblem('DeVries-loopt-hard-2026', EMAIL)).toBe('errors.loket.nieuwWachtwoord.email');
    expect(passwordProblem('Jan De Vries zegt hoi', EMAIL)).toBe('errors.loket.nieuwWachtwoord.email');
  });
  test('makes the domain and the service count against a password, not forbid it', () => {
    expect(passwordProblem('Middenveldloket1', EMAIL)).toBe('errors.loket.nieuwWachtwoord.common');
    expect(passwordProblem('krachtwijzer2026', EMAIL)).toBe('errors.loket.nieuwWachtwoord.common');
    expect(passwordProblem('Middenveld heeft de mooiste eendenvijver', EMAIL)).toBeUndefined();
  });
  test('accepts a passphrase of plain words, without capitals, digits or symbols', () => {
    expect(passwordProblem('zomer in de tuin met koffie', EMAIL)).toBeUndefined();
    expect(passwordProblem('correct paard batterij nietje', EMAIL)).toBeUndefined();
  });
  test('does not refuse a word that merely starts like a short name', () => {
    expect(passwordProblem('januari is koud en donker', 'jan@middenveld.example')).toBeUndefined();
  });
});

describe('the parts of an e-mail address', () => {
  test('are the address, the part before @ with and without separators, and the longer name parts', () => {
    expect(emailParts('Jan.DeVries@Middenveld.example').own).toEqual(['jan.devries@middenveld.example', 'jan.devries', 'jandevries', 'devries']);
  });
});
