import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../lib/api-client';
import { useErrorMessage } from '../lib/format-api-error';

/**
 * A failed request explained in the reader's language; `role="alert"` so it is announced. With
 * `withIssues`, a 400 also lists what is wrong with each field (a password too short: how long it
 * must be), for forms that do not show the server's issues next to their fields themselves.
 */
export function ErrorMessage({ error, onRetry, withIssues = false }: { error: unknown; onRetry?: () => void; withIssues?: boolean }) {
  const { t } = useTranslation();
  const { formatApiError, formatIssue } = useErrorMessage();
  const issues = withIssues && error instanceof ApiRequestError ? error.issues : [];
  return (
    <Alert color="red" role="alert" className="error-message">
      <p>{formatApiError(error)}</p>
      {issues.length > 0 && (
        <ul className="error-message-issues">
          {[...new Set(issues.map(formatIssue))].map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <Button variant="outline" color="red" size="xs" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
