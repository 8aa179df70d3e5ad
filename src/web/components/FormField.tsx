import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormIssue } from '../lib/form-issues';
import { fieldId } from '../lib/form-issues';
import { useErrorMessage } from '../lib/format-api-error';

/** The attributes that tie a control to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  required: boolean;
}

/** The translated text of an issue, from its code and params (see formatIssue). */
export function useIssueText(): (issue: FormIssue) => string {
  return useErrorMessage().formatIssue;
}

export function FieldError({ path, issue }: { path: string; issue: FormIssue | undefined }) {
  const issueText = useIssueText();
  if (!issue) return null;
  return (
    <p className="field-error" id={`${fieldId(path)}-error`}>
      {issueText(issue)}
    </p>
  );
}

/** A labelled form control at a dotted `path` (the same path the schema and the server report). */
export function FormField({
  path,
  label,
  hint,
  issue,
  required = false,
  children,
}: {
  path: string;
  label: string;
  hint?: string;
  issue: FormIssue | undefined;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = fieldId(path);
  const describedBy = [hint && `${id}-hint`, issue && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={issue ? 'field has-error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required-mark"> ({t('form.required')})</span>}
      </label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': issue !== undefined, 'aria-describedby': describedBy || undefined, required })}
      <FieldError path={path} issue={issue} />
    </div>
  );
}
