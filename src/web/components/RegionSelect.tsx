import { useTranslation } from 'react-i18next';
import type { RegionSummary } from '../../shared/api/index';
import type { ControlProps } from './FormField';
import { usePickText } from './UserText';

/** A region picker grouped into partner and home regions, names in the reader's language. */
export function RegionSelect({
  control,
  regions,
  value,
  onChange,
  emptyLabel,
}: {
  control: Partial<ControlProps> & { id: string };
  regions: readonly RegionSummary[];
  value: string;
  onChange: (id: string) => void;
  emptyLabel: string;
}) {
  const { t } = useTranslation();
  const pick = usePickText();
  const sides = (['partner', 'home'] as const)
    .map((side) => ({ side, items: regions.filter((region) => region.side === side) }))
    .filter((group) => group.items.length > 0);
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{emptyLabel}</option>
      {sides.map((group) => (
        <optgroup key={group.side} label={t(`regions.${group.side}`)}>
          {group.items.map((region) => (
            <option key={region.id} value={region.id}>
              {pick(region.name)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
