/** The error name, which the SDK copies into GraphError.code when it wraps this error. */
export const TOKEN_UNAVAILABLE = 'TokenUnavailableError';

/** Thrown into the SDK's auth handler when the per-user token callback fails. */
export class TokenUnavailableError extends Error {
  constructor(cause: unknown) {
    super('No Graph access token could be obtained for this user', { cause });
    this.name = TOKEN_UNAVAILABLE;
  }
}
