import { describe, expect, test } from 'vitest';
import { generatePassword, hashPassword, SCRYPT_PARAMS, verifyPassword } from './password';

describe('password hashing', { timeout: 30_000 }, () => {
  test('accepts the right password', async () => {
    expect(await verifyPassword('correct paard batterij', await hashPassword('correct paard batterij'))).toBe(true);
  });
  test('refuses a wrong password', async () => {
    expect(await verifyPassword('correct paard batterij!', await hashPassword('correct paard batterij'))).toBe(false);
  });
  test('stores the scrypt parameters with the hash', async () => {
    const hash = await hashPassword('x');
    expect(hash.startsWith(`scrypt$${SCRYPT_PARAMS.N}$${SCRYPT_PARAMS.r}$${SCRYPT_PARAMS.p}$`)).toBe(true);
  });
  test('salts every hash', async () => {
    expect(await hashPassword('zelfde')).not.toBe(await hashPassword('zelfde'));
  });
  test('never matches a malformed hash', async () => {
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
  });
  test('generates 20-character one-time passwords without look-alikes', () => {
    const password = generatePassword();
    expect(password).toMatch(/^[a-hj-km-np-zA-HJ-KM-NP-Z2-9]{20}$/);
  });
});
