// An error body's codes and params as the web words them: the contract declares them loosely
// (any string, any values), so they are narrowed here by look-up, not cast.
import { type ErrorParams, type Issue, IssueCode } from '../../shared/api/index';

/** The code if it is one the catalogue words as a field's issue. */
export function issueCodeOf(code: string | undefined): IssueCode | undefined {
  return Object.values(IssueCode).find((known) => known === code);
}

function isParam(value: unknown): value is ErrorParams[string] {
  return ['string', 'number', 'boolean'].includes(typeof value) || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
}

/** The params a message can be filled in with (others are left out). */
export function errorParams(params: Record<string, unknown> | undefined): ErrorParams {
  const kept: ErrorParams = {};
  for (const [name, value] of Object.entries(params ?? {})) if (isParam(value)) kept[name] = value;
  return kept;
}

/** One issue of an error body. */
export function issueOf(issue: { path: string; message: string; code?: string; params?: Record<string, unknown> }): Issue {
  const code = issueCodeOf(issue.code);
  return { path: issue.path, message: issue.message, ...(code ? { code } : {}), ...(issue.params ? { params: errorParams(issue.params) } : {}) };
}
