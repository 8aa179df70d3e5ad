import type { TFunction } from 'i18next';
import { ImportProblemCode } from '../../../shared/api/index';
import { errorParams, issueCodeOf } from '../../lib/error-params';
import { formatIssue } from '../../lib/format-api-error';

const importProblemCodes = new Set<string>(Object.values(ImportProblemCode));

/**
 * A problem of an import preview in the reader's language: a field's issue (required, too long, not
 * one of…) or one of the import's own codes. Batches checked before problems had codes keep the
 * server's English message.
 */
export function formatImportProblem(problem: { code?: string; params?: Record<string, unknown>; message: string }, t: TFunction): string {
  const params = errorParams(problem.params);
  const issueCode = issueCodeOf(problem.code);
  if (issueCode) return formatIssue({ code: issueCode, params }, t);
  if (problem.code && importProblemCodes.has(problem.code)) return t(`matching:imports.problem.${problem.code}`, params);
  return problem.message;
}
