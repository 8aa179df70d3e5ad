import type { FormIssue } from '../lib/form-issues';
import { fieldId } from '../lib/form-issues';
import { FieldError } from './FormField';

/** A set of checkboxes for a multi-valued field, e.g. themes. */
export function CheckboxGroup<T extends string>({
  path,
  legend,
  options,
  selected,
  onChange,
  issue,
}: {
  path: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  issue?: FormIssue | undefined;
}) {
  const toggle = (value: T, checked: boolean) => onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <fieldset
      className={issue ? 'checkbox-group has-error' : 'checkbox-group'}
      id={fieldId(path)}
      aria-describedby={issue ? `${fieldId(path)}-error` : undefined}
    >
      <legend>{legend}</legend>
      <FieldError path={path} issue={issue} />
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              name={path}
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
