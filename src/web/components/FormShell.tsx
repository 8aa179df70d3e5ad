import type { FormEvent, ReactNode, Ref } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { FormIssue } from '../lib/form-issues';
import { ErrorMessage } from './ErrorMessage';
import { ErrorSummary } from './ErrorSummary';

/**
 * The frame every create/edit form shares: heading, error summary, fields, save and cancel.
 * `labels` names fields by their top-level path for the summary (e.g. `title` → "Title").
 */
export function FormShell({
  title,
  labels,
  issues,
  summaryRef,
  error,
  isSaving,
  cancelTo,
  onSubmit,
  children,
  extraActions,
}: {
  title: string;
  labels: Readonly<Record<string, string>>;
  issues: readonly FormIssue[];
  summaryRef: Ref<HTMLDivElement>;
  error: unknown;
  isSaving: boolean;
  cancelTo: string;
  onSubmit: () => void;
  children: ReactNode;
  extraActions?: ReactNode;
}) {
  const { t } = useTranslation();
  const labelFor = (path: string) => labels[path] ?? labels[path.split('.')[0] ?? ''] ?? path;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <>
      <h1>{title}</h1>
      <ErrorSummary issues={issues} labelFor={labelFor} ref={summaryRef} />
      {/* noValidate: the contract's schema validates, so messages match the server's and are translated. */}
      <form className="entity-form" onSubmit={submit} noValidate>
        {children}
        {error !== null && <ErrorMessage error={error} />}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={isSaving}>
            {isSaving ? t('common.saving') : t('common.save')}
          </button>
          <Link className="button" to={cancelTo}>
            {t('common.cancel')}
          </Link>
          {extraActions}
        </div>
      </form>
    </>
  );
}
