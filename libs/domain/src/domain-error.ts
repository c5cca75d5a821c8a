import { errorMessage, type ErrorCode, type ErrorParams } from './error-messages';

/** What kind of refusal an error is; the API maps each kind to one HTTP status, the CLI to its exit code. */
export type DomainErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited' | 'unavailable';

/**
 * A refusal the libraries state without knowing who asks (HTTP, the CLI, a test): a stable code, the parameters its
 * message needs, and the English message from the one catalogue (error-messages.ts), which the pages and the CLI
 * say again in the user's language.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly kind: DomainErrorKind,
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(errorMessage(code, params, 'en'));
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
