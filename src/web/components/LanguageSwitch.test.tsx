import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/render';
import { LanguageSwitch } from './LanguageSwitch';
import { Pagination } from './Pagination';

describe('the language menu', () => {
  it('names each language in itself and switches the whole page to the one chosen, remembering it', async () => {
    const { user } = await renderWithApp(
      <>
        <LanguageSwitch />
        <Pagination page={1} pageSize={20} total={45} hrefFor={(page) => `?page=${page}`} />
      </>,
      { language: 'nl' },
    );
    expect(screen.getByRole('navigation')).toHaveTextContent('Pagina 1 van 3');

    await user.click(screen.getByRole('button', { name: 'Taal: Nederlands' }));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => [item.textContent, item.getAttribute('lang')])).toEqual([
      ['Nederlands', 'nl'],
      ['English', 'en'],
      ['中文', 'zh'],
    ]);
    expect(screen.getByRole('menuitem', { name: 'Nederlands' })).toHaveAttribute('aria-current', 'true');
    await user.click(screen.getByRole('menuitem', { name: '中文' }));

    expect(await screen.findByRole('button', { name: '语言: 中文' })).toBeInTheDocument();
    expect(screen.getByRole('navigation')).toHaveTextContent('第 1 页，共 3 页');
    expect(document.documentElement.lang).toBe('zh');
    expect(localStorage.getItem('ctb.language')).toBe('zh');
  });
});
