import type { TFunction } from 'i18next';
import { type ErrorParams, ImportProblemCode, IssueCode } from '../../../shared/api/index';
import { formatIssue } from '../../lib/format-api-error';

const issueCodes = new Set<string>(Object.values(IssueCode));
const importProblemCodes = new Set<string>(Object.values(ImportProblemCode));

/**
 * A problem of an import preview in the reader's language: a field's issue (required, too long, not
 * one of…) or one of the import's own codes. Batches checked before problems had codes keep the
 * server's English message.
 */
export function formatImportProblem(problem: { code?: string; params?: Record<string, unknown>; message: string }, t: TFunction): string {
  const params = (problem.params ?? {}) as ErrorParams;
  if (problem.code && issueCodes.has(problem.code)) return formatIssue({ code: problem.code as IssueCode, params }, t);
  if (problem.code && importProblemCodes.has(problem.code)) return t(`matching:imports.problem.${problem.code}`, params);
  return problem.message;
}
