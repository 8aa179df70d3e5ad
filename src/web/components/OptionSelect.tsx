import type { ControlProps } from './FormField';

/** A <select> over a fixed set of codes (side, level, status…) with translated labels. */
export function OptionSelect<T extends string>({
  control,
  options,
  value,
  onChange,
}: {
  control: ControlProps;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value as T)}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
