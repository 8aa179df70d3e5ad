import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/render';
import { ConfirmDeleteButton } from './ConfirmDeleteButton';

/** How often the deletion was confirmed: what the page would send to the server. */
function deletions() {
  const confirmed: string[] = [];
  return { confirmed, onConfirm: () => void confirmed.push('deleted') };
}

describe('the delete button', () => {
  it('asks first, in Dutch, with Cancel focused, and deletes nothing when cancelled', async () => {
    const { confirmed, onConfirm } = deletions();
    const { user } = await renderWithApp(
      <ConfirmDeleteButton name="Aquafin" busy={false} onConfirm={onConfirm} consequence="De matches van Aquafin verdwijnen ook." />,
      { language: 'nl' },
    );

    await user.click(screen.getByRole('button', { name: 'Verwijderen: Aquafin' }));

    const dialog = await screen.findByRole('dialog', { name: 'Verwijderen: Aquafin' });
    expect(dialog).toHaveTextContent('De matches van Aquafin verdwijnen ook. “Aquafin” verwijderen? Dit kan niet ongedaan worden gemaakt.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Annuleren' })).toHaveFocus());
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(confirmed).toEqual([]);
  });

  it('deletes once the reader confirms, in Chinese', async () => {
    const { confirmed, onConfirm } = deletions();
    const { user } = await renderWithApp(<ConfirmDeleteButton name="TNO" busy={false} onConfirm={onConfirm} />, { language: 'zh' });

    await user.click(screen.getByRole('button', { name: '删除: TNO' }));
    expect(await screen.findByRole('dialog', { name: '删除: TNO' })).toHaveTextContent('确定删除“TNO”吗？此操作无法撤销。');
    await user.click(screen.getByRole('button', { name: '确定删除' }));

    expect(confirmed).toEqual(['deleted']);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
