import type { Widen } from '../widen';

/** Labels of the thesaurus pages (namespace `thesaurus`): the shape nl and zh must match. */
export const thesaurus = {
  title: 'Thesaurus',
  intro: 'The cleantech concepts that carry matching across Dutch, English and Chinese.',
  search: 'Search a label or id',
  concepts: 'concepts',
  edited: 'edited',
  labels: 'Labels',
  broader: 'Broader',
  narrower: 'Narrower',
  theme: 'Theme',
  dac: 'OECD DAC sectors',
  gemet: 'GEMET',
  none: '—',
  skos: 'Download SKOS (Turtle)',
  edit: 'Edit',
  newConcept: 'New concept',
  id: 'Id (lower-case letters, digits, hyphens)',
  labelsOf: 'Labels ({{lang}}), one per line, preferred first; "~" marks a label too ambiguous on its own',
  broaderIds: 'Broader concepts',
  save: 'Save',
  saved: 'Saved. Matches are recomputed in the background.',
  revert: 'Undo the admin edit',
  reverted: 'The edit is undone.',
  select: 'Choose a concept to see it.',
} as const;
export type ThesaurusTexts = Widen<typeof thesaurus>;
