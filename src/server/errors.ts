/** Base of the errors we do not expect. Middleware logs their name and a reference, never their data. */
export class PortalError extends Error {
  override name = 'PortalError';
}
/** The environment is wrong: the server refuses to start and says what to fix. */
export class ConfigError extends PortalError {
  override name = 'ConfigError';
}
/** A stored row could not be read or written: a bug or a broken database. */
export class StorageError extends PortalError {
  override name = 'StorageError';
}
/** Stored data could not be decrypted: wrong key, or tampering. */
export class CryptoError extends PortalError {
  override name = 'CryptoError';
}
/** A request we cannot read (too large, not a form). Middleware answers with a page, and nothing is saved. */
export class BadRequestError extends PortalError {
  override name = 'BadRequestError';
  constructor(readonly reason: 'te-groot' | 'onleesbaar') {
    super(`Request refused: ${reason}`);
  }
}
