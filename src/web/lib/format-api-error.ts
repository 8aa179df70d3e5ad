import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorCode, IssueCode, type ErrorParams, type Issue, roles } from '../../shared/api/index';
import { ApiRequestError } from './api-client';

const errorCodes = new Set<string>(Object.values(ErrorCode));
const issueCodes = new Set<string>(Object.values(IssueCode));

/** Params as i18next interpolation values: lists joined the reader's way. */
function values(params: ErrorParams | undefined, t: TFunction): Record<string, string | number> {
  const separator = t('errors:listSeparator');
  return Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join(separator) : typeof v === 'boolean' ? String(v) : v]));
}

/**
 * Any failure in the reader's language, from the catalogue: the API's `code` and `params`, never its
 * English `message` (that stays for API clients). Used by every page and form.
 */
export function formatApiError(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiRequestError)) return t('errors:code.internal_error');
  if (error.status === 0) return t('errors:network');
  if (error.code === ErrorCode.roleForbidden) {
    const role = roles.find((r) => r === error.params.role);
    return role ? t('errors:code.role_forbidden', { roleName: t(`common:role.${role}`) }) : t('errors:code.forbidden');
  }
  // Every refusal has its own code and params (a conflict, a business rule, who may do what): the
  // server's English sentence is never shown.
  const code = errorCodes.has(error.code) ? error.code : ErrorCode.internal;
  return t(`errors:code.${code}`, values(error.params, t));
}

/** One field's problem in the reader's language (from the server's 400 or the form's own check). */
export function formatIssue(issue: Pick<Issue, 'code' | 'params'>, t: TFunction): string {
  const code = issue.code && issueCodes.has(issue.code) ? issue.code : IssueCode.invalid;
  const format = code === IssueCode.invalidFormat ? String(issue.params?.format ?? '') : '';
  const specific = format === 'email' || format === 'url' ? `errors:issue.invalid_format_${format}` : `errors:issue.${code}`;
  return t(specific, values(issue.params, t));
}

/** `formatApiError` and `formatIssue` bound to the current language. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return { formatApiError: (error: unknown) => formatApiError(error, t), formatIssue: (issue: Pick<Issue, 'code' | 'params'>) => formatIssue(issue, t) };
}
