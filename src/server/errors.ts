import { ErrorCode } from '../shared/api';

/** Errors a service may raise; the app's error handler turns each into its HTTP answer. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string) =>
  new DomainError(ErrorCode.notFound, 404, `${what} "${id}" does not exist`);

export const conflict = (message: string) => new DomainError(ErrorCode.conflict, 409, message);

/** A delete refused because other records still refer to this one; the message names them. */
export const referenced = (message: string) => new DomainError(ErrorCode.referencedRecord, 409, message);

export const invalid = (issues: { path: string; message: string }[]) =>
  new DomainError(
    ErrorCode.validation,
    400,
    `Invalid input: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    issues,
  );

export const unauthenticated = (message = 'Sign in first: this needs an account') =>
  new DomainError(ErrorCode.unauthenticated, 401, message);

export const forbidden = (message: string) => new DomainError(ErrorCode.forbidden, 403, message);

export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(ErrorCode.rateLimited, 429, message);
  }
}
