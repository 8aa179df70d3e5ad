import { MultiSelect } from '@mantine/core';
import { useLanguage } from '../../i18n/index';
import { useThesaurus } from '../organisations/profile-queries';

/**
 * Concepts of the thesaurus (themes, capabilities) picked by their name in the reader's language,
 * searchable, never typed as ids. A chosen id the thesaurus no longer has stays in the list (under
 * its id) so that saving does not silently drop it.
 */
export function ConceptPicker({
  value,
  onChange,
  ...field
}: {
  id?: string;
  label: string;
  description?: string;
  placeholder?: string | undefined;
  disabled?: boolean;
  value: readonly string[];
  onChange: (value: string[]) => void;
}) {
  const lang = useLanguage();
  const concepts = useThesaurus().data?.concepts ?? [];
  const known = new Set(concepts.map((c) => c.id));
  const data = [
    ...concepts.map((c) => ({ value: c.id, label: c.prefLabel[lang] })).sort((a, b) => a.label.localeCompare(b.label, lang)),
    ...value.filter((id) => !known.has(id)).map((id) => ({ value: id, label: id })),
  ];
  return <MultiSelect {...field} searchable data={data} value={[...value]} onChange={onChange} />;
}
