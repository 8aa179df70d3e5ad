import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { ThesaurusConcept } from '../../../shared/api/index';
import type { z } from 'zod';
import { fakeNetwork } from '../../test/fake-network';
import { renderWithApp } from '../../test/render';
import { ConceptPicker } from './ConceptPicker';

function concept(id: string, prefLabel: { nl: string; en: string; zh: string }): z.output<typeof ThesaurusConcept> {
  const labels = { nl: [prefLabel.nl], en: [prefLabel.en], zh: [prefLabel.zh] };
  return { id, prefLabel, labels, broader: [], narrower: [], theme: id, dac: [], edited: false };
}

const concepts = [
  concept('water', { nl: 'Water', en: 'Water', zh: '水' }),
  concept('wastewater', { nl: 'Afvalwater', en: 'Wastewater', zh: '废水' }),
  concept('hydrogen', { nl: 'Waterstof', en: 'Hydrogen', zh: '氢能' }),
];

/** The chosen values as the picker shows them (`pill` is a class of Mantine's Styles API). */
const pills = () => [...document.querySelectorAll('.mantine-MultiSelect-pill')].map((pill) => pill.textContent);

/** The picker as a form holds it: the chosen ids in state, shown beside it for the test to read. */
function PickerInForm({ initial }: { initial: string[] }) {
  const [themes, setThemes] = useState(initial);
  return (
    <>
      <ConceptPicker label="Themes" value={themes} onChange={setThemes} />
      <output aria-label="chosen">{themes.join(',')}</output>
    </>
  );
}

describe('the concept picker', () => {
  it('offers the concepts by name in the reader’s language, searchable, and chooses their ids', async () => {
    fakeNetwork({ 'GET /api/thesaurus': { count: concepts.length, concepts } });
    const { user } = await renderWithApp(<PickerInForm initial={[]} />, { language: 'nl' });

    await user.click(screen.getByRole('combobox', { name: 'Themes' }));
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual(['Afvalwater', 'Water', 'Waterstof']);

    await user.type(screen.getByRole('combobox', { name: 'Themes' }), 'stof');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Waterstof']);
    await user.click(screen.getByRole('option', { name: 'Waterstof' }));

    expect(screen.getByRole('status', { name: 'chosen' })).toHaveTextContent(/^hydrogen$/);
    expect(pills()).toEqual(['Waterstof']);
  });

  it('keeps a chosen id the thesaurus no longer has, under its id, so saving does not drop it', async () => {
    fakeNetwork({ 'GET /api/thesaurus': { count: concepts.length, concepts } });
    const { user } = await renderWithApp(<PickerInForm initial={['retired-concept', 'wastewater']} />, { language: 'zh' });

    await waitFor(() => expect(pills()).toEqual(['retired-concept', '废水']));

    await user.click(screen.getByRole('combobox', { name: 'Themes' }));
    await user.click(await screen.findByRole('option', { name: '氢能' }));

    expect(screen.getByRole('status', { name: 'chosen' })).toHaveTextContent(/^retired-concept,wastewater,hydrogen$/);
    expect(pills()).toEqual(['retired-concept', '废水', '氢能']);
  });
});
