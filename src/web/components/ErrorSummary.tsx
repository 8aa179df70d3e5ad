import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormIssue } from '../lib/form-issues';
import { fieldId } from '../lib/form-issues';
import { useIssueText } from './FormField';

/**
 * All problems of a submitted form at its top, each linking to its field. The form moves focus
 * here after a failed submit so keyboard and screen-reader users learn what to fix.
 */
export function ErrorSummary({ issues, labelFor, ref }: { issues: readonly FormIssue[]; labelFor: (path: string) => string; ref: Ref<HTMLDivElement> }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  if (issues.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert">
      <p>{t('form.errorSummary', { count: issues.length })}</p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <a href={`#${fieldId(issue.path)}`}>
              {labelFor(issue.path)}: {issueText(issue)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
