import { ErrorCode, type ErrorParams, type Issue } from '../shared/api';

/**
 * Errors a service may raise; the app's error handler turns each into its HTTP answer. The web
 * shows `code` with `params` from the catalogue in the reader's language; `message` stays English
 * for API clients and logs. Issues without a code are shown as "not valid" (give them one).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly issues?: Issue[],
    readonly params?: ErrorParams,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string) =>
  new DomainError(ErrorCode.notFound, 404, `${what} "${id}" does not exist`, undefined, { what, id });

export const conflict = (message: string) => new DomainError(ErrorCode.conflict, 409, message);

/** A delete refused because other records still refer to this one; the message names them. */
export const referenced = (message: string) => new DomainError(ErrorCode.referencedRecord, 409, message);

export const invalid = (issues: Issue[]) =>
  new DomainError(
    ErrorCode.validation,
    400,
    `Invalid input: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    issues,
  );

export const unauthenticated = (message = 'Sign in first: this needs an account') =>
  new DomainError(ErrorCode.unauthenticated, 401, message);

export const forbidden = (message: string, params?: ErrorParams) => new DomainError(ErrorCode.forbidden, 403, message, undefined, params);

/** A 400 issue for a reference to a record that does not exist (`value` is shown to the reader). */
export const unknownReference = (path: string, what: string, value: string): Issue => ({
  path,
  message: `${what} "${value}" does not exist`,
  code: 'unknown_reference',
  params: { value },
});

export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    code: ErrorCode = ErrorCode.rateLimited,
  ) {
    super(code, 429, message, undefined, { minutes: Math.ceil(retryAfterSeconds / 60) });
  }
}
