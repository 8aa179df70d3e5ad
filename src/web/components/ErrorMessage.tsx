import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../lib/format-api-error';

/** A failed request explained in the reader's language; `role="alert"` so it is announced. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { formatApiError } = useErrorMessage();
  return (
    <Alert color="red" role="alert" className="error-message">
      <p>{formatApiError(error)}</p>
      {onRetry && (
        <Button variant="outline" color="red" size="xs" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
