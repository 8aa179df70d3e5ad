import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorCode } from '../../shared/api/index';
import { ApiRequestError } from '../lib/api-client';

/** A failed request explained in the reader's language; `role="alert"` so it is announced. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-message" role="alert">
      <p>{describeError(error, t)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

function describeError(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiRequestError)) return t('errors.generic', { message: String(error) });
  if (error.status === 0) return t('errors.network');
  switch (error.code) {
    case ErrorCode.notFound:
      return t('errors.notFound');
    case ErrorCode.conflict:
      return t('errors.conflict', { message: error.message });
    case ErrorCode.referencedRecord:
      return t('errors.referenced', { message: error.message });
    case ErrorCode.databaseUnavailable:
    case ErrorCode.overloaded:
      return t('errors.unavailable');
    case ErrorCode.validation:
      return t('errors.validation');
    case ErrorCode.unauthenticated:
      return t('errors.unauthenticated');
    case ErrorCode.forbidden:
      return t('errors.forbidden', { message: error.message });
    default:
      return t('errors.generic', { message: error.message });
  }
}
