import { ErrorCode, type ErrorParams, type Issue, type Language, type LocalizedText, withTranslation } from '../shared/api';

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

export const notFound = (what: string, id: string) => new DomainError(ErrorCode.notFound, 404, `${what} "${id}" does not exist`, undefined, { what, id });

/** Codes of refusals by a business rule (409) and by who the caller is (403): each has its own message in the catalogue. */
export type ConflictCode = Exclude<ErrorCode, ForbiddenCode | 'validation_failed' | 'not_found' | 'unauthenticated' | 'rate_limited' | 'internal_error'>;
export type ForbiddenCode =
  | typeof ErrorCode.forbidden
  | typeof ErrorCode.roleForbidden
  | typeof ErrorCode.managersOnly
  | typeof ErrorCode.adminsOnly
  | typeof ErrorCode.ownOrganisationOnly
  | typeof ErrorCode.ownRegionOnly
  | typeof ErrorCode.meetingPartiesOnly
  | typeof ErrorCode.inviteeOnly
  | typeof ErrorCode.requesterOnly
  | typeof ErrorCode.organisersRegisterOthers
  | typeof ErrorCode.membersOnly
  | typeof ErrorCode.ownAccountRole
  | typeof ErrorCode.readOnlyToken
  | typeof ErrorCode.accountDisabled;

/** A 409 refused by a business rule: its own code, params the message is built from, and an English `message` for API clients. */
export const conflict = (code: ConflictCode, message: string, params?: ErrorParams) => new DomainError(code, 409, message, undefined, params);

/** A delete refused because other records still refer to this one; the message names them. */
export const referenced = (message: string) => new DomainError(ErrorCode.referencedRecord, 409, message);

export const invalid = (issues: Issue[]) =>
  new DomainError(ErrorCode.validation, 400, `Invalid input: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);

export const unauthenticated = (message = 'Sign in first: this needs an account') => new DomainError(ErrorCode.unauthenticated, 401, message);

/** A 403 refused by who the caller is: its own code (and params), an English `message` for API clients. */
export const forbidden = (code: ForbiddenCode, message: string, params?: ErrorParams) => new DomainError(code, 403, message, undefined, params);

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

/**
 * `text` with a translation into `lang` (issue #11), or the 409 that says why not: the text was
 * written in that language (edit the record instead), or there is no text to translate.
 */
export function translatedText<T extends LocalizedText>(field: string, text: T | null | undefined, lang: Language, value: string): T {
  const result = withTranslation(text, lang, value);
  if (result === 'original')
    throw conflict(ErrorCode.translationOfOriginal, `The ${field} was written in ${lang}: edit the record to change it`, { field, language: lang });
  if (result === 'missing') throw conflict(ErrorCode.nothingToTranslate, `There is no ${field} to translate`, { field });
  return result;
}
