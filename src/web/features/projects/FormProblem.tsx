import { useTranslation } from 'react-i18next';
import { ErrorCode } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ApiRequestError } from '../../lib/api-client';
import { useErrorMessage } from '../../lib/format-api-error';

/** Why the API refused a form, next to the form: the message (e.g. a 409 about the previous gate)
 *  and, for a 400, each field the server named. */
export function FormProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { formatIssue } = useErrorMessage();
  if (!error) return null;
  if (error instanceof ApiRequestError && error.code === ErrorCode.stale) {
    // Someone saved the project after this page read it: what this form holds is based on an old
    // version, so the way on is to read the project again and redo the change.
    return (
      <div className="form-problem error-message" role="alert">
        <p>{t('projects:staleProject')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('projects:reload')}
        </button>
      </div>
    );
  }
  const issues = error instanceof ApiRequestError ? error.issues : [];
  return (
    <div className="form-problem">
      <ErrorMessage error={error} />
      {issues.length > 0 && (
        <ul>
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path}</code>: {formatIssue(issue)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The end of an editing form: why the API refused it, then Save and Cancel. */
export function FormFooter({ error, pending, onCancel }: { error: unknown; pending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <FormProblem error={error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={pending}>
          {t('projects:save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('projects:cancel')}
        </button>
      </div>
    </>
  );
}
