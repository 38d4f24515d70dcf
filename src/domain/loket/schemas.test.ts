import { describe, expect, test } from 'vitest';
import { LoginSchema, NewPasswordSchema, TotpCodeSchema } from './schemas';
import { stageAfterPassword } from './roles';

describe('login forms', () => {
  test('lower-cases and trims the e-mail address', () => {
    expect(LoginSchema.parse({ email: ' A@B.nl ', wachtwoord: 'x' }).email).toBe('a@b.nl');
  });
  test('asks for an address that looks like one', () => {
    expect(LoginSchema.safeParse({ email: 'geen-adres', wachtwoord: 'x' }).error?.issues[0]?.message).toBe('errors.loket.email.invalid');
  });
  test('refuses a short new password', () => {
    expect(NewPasswordSchema.safeParse({ wachtwoord: 'kort', herhaling: 'kort' }).error?.issues[0]?.message).toBe('errors.loket.nieuwWachtwoord.tooShort');
  });
  test('says when the repeated password differs', () => {
    const r = NewPasswordSchema.safeParse({ wachtwoord: 'lang genoeg wachtwoord', herhaling: 'iets anders hier' });
    expect(r.error?.issues[0]).toMatchObject({ path: ['herhaling'], message: 'errors.loket.herhaling.different' });
  });
  test('accepts a code written with a space', () => {
    expect(TotpCodeSchema.parse({ code: '123 456' }).code).toBe('123456');
  });
  test('refuses a code that is not six digits', () => {
    expect(TotpCodeSchema.safeParse({ code: '12345a' }).error?.issues[0]?.message).toBe('errors.loket.code.format');
  });
});

describe('stageAfterPassword', () => {
  test('a beheerder without TOTP must set it up first', () => {
    expect(stageAfterPassword({ role: 'beheerder', mustChangePassword: false, totpEnabled: false })).toBe('totp-instellen');
  });
  test('a medewerker without TOTP goes straight in', () => {
    expect(stageAfterPassword({ role: 'loketmedewerker', mustChangePassword: false, totpEnabled: false })).toBe('actief');
  });
  test('a new account chooses a password first', () => {
    expect(stageAfterPassword({ role: 'beheerder', mustChangePassword: true, totpEnabled: false })).toBe('nieuw-wachtwoord');
  });
  test('a medewerker whose second step a beheerder removed must set up a new one', () => {
    expect(stageAfterPassword({ role: 'loketmedewerker', mustChangePassword: false, totpEnabled: false, mustSetupTotp: true })).toBe('totp-instellen');
  });
});
