import { z } from 'zod';

/** Long enough to resist guessing without a password manager; passphrases welcome (NIST SP 800-63B). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

const email = z.string().trim().toLowerCase()
  .min(1, { error: 'errors.loket.email.required' })
  .max(254, { error: 'errors.loket.email.invalid' })
  .pipe(z.email({ error: 'errors.loket.email.invalid' }));

/** The login form. Any wrong combination gets the same message, so nobody learns which accounts exist. */
export const LoginSchema = z.object({
  email,
  wachtwoord: z.string().min(1, { error: 'errors.loket.wachtwoord.required' }).max(PASSWORD_MAX_LENGTH, { error: 'errors.loket.login.failed' }),
});
export type Login = z.infer<typeof LoginSchema>;

/** Choosing a new password (first login). */
export const NewPasswordSchema = z.object({
  wachtwoord: z.string()
    .min(1, { error: 'errors.loket.nieuwWachtwoord.required' })
    .min(PASSWORD_MIN_LENGTH, { error: 'errors.loket.nieuwWachtwoord.tooShort' })
    .max(PASSWORD_MAX_LENGTH, { error: 'errors.loket.nieuwWachtwoord.tooLong' }),
  herhaling: z.string(),
}).refine((v) => v.wachtwoord === v.herhaling, { path: ['herhaling'], error: 'errors.loket.herhaling.different' });

/** A six-digit code from the authenticator app; spaces are allowed, as apps show "123 456". */
export const TotpCodeSchema = z.object({
  code: z.string().transform((v) => v.replace(/\s/g, ''))
    .pipe(z.string().min(1, { error: 'errors.loket.code.required' }).regex(/^\d{6}$/, { error: 'errors.loket.code.format' })),
});

/** A new account, from the CLI or the beheer page. */
export const AccountAddSchema = z.object({
  email,
  role: z.enum(['loketmedewerker', 'beheerder'], { error: 'errors.loket.role.required' }),
});

export { email as EmailSchema };
