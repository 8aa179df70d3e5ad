import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../shared/api/index';
import { fakeNetwork, pagedList } from '../../test/fake-network';
import { renderWithApp } from '../../test/render';
import { visitor } from '../../test/session';
import { OpportunityListPage } from './OpportunityListPage';

function opportunity(n: number): Opportunity {
  return {
    id: `opp-${n}`,
    regionId: 'hebei',
    regionName: { original: 'zh', zh: '河北', en: 'Hebei', nl: 'Hebei' },
    title: { original: 'nl', nl: `Kans ${n}`, en: `Opportunity ${n}`, zh: `合作机会 ${n}` },
    description: null,
    themes: ['water'],
    industries: [],
    status: 'open',
    visibility: 'public',
    source: null,
    stage: 'published',
    expiresOn: null,
    publishedAt: '2026-01-05T09:00:00.000Z',
    closedReason: null,
    partnerOrganisationId: null,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
  };
}

/** The list's server with `total` opportunities, answering any page of any size. */
function opportunities(total: number) {
  return fakeNetwork({
    'GET /api/auth/session': visitor,
    'GET /api/regions': { items: [], total: 0, page: 1, pageSize: 200 },
    'GET /api/opportunities': pagedList(total, (index) => opportunity(index + 1)),
  });
}

/** The filters and page of the last list request. */
function lastQuery(network: ReturnType<typeof opportunities>) {
  const params = network.sentTo('GET /api/opportunities').at(-1)?.url.searchParams;
  return { theme: params?.get('theme'), page: params?.get('page') };
}

describe('the opportunity list', () => {
  it('pages through the results keeping the filters', async () => {
    const network = opportunities(45);
    const { user, location } = await renderWithApp(<OpportunityListPage />, { language: 'nl', route: '/opportunities?theme=water&page=2' });

    expect(await screen.findByRole('heading', { name: '45 kansen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kans 21' })).toHaveAttribute('href', '/opportunities/opp-21');
    const pages = screen.getByRole('navigation', { name: 'Pagina’s' });
    expect(pages).toHaveTextContent('Pagina 2 van 3');
    expect(screen.getByRole('link', { name: 'Vorige' })).toHaveAttribute('href', '/opportunities?theme=water');

    await user.click(screen.getByRole('link', { name: 'Volgende' }));

    expect(await screen.findByRole('link', { name: 'Kans 41' })).toBeInTheDocument();
    expect(lastQuery(network)).toEqual({ theme: 'water', page: '3' });
    expect(location()).toBe('/opportunities?theme=water&page=3');
    expect(screen.queryByRole('link', { name: 'Volgende' })).not.toBeInTheDocument();
  });

  it('asks for the first page again when a filter changes', async () => {
    const network = opportunities(45);
    const { user, location } = await renderWithApp(<OpportunityListPage />, { language: 'nl', route: '/opportunities?theme=water&page=2' });
    await screen.findByRole('heading', { name: '45 kansen' });

    await user.click(screen.getByRole('checkbox', { name: 'Waterstof' }));

    await expect.poll(() => lastQuery(network)).toEqual({ theme: 'water,hydrogen', page: '1' });
    expect(new URLSearchParams(location().split('?')[1]).get('theme')).toBe('water,hydrogen');
    expect(new URLSearchParams(location().split('?')[1]).has('page')).toBe(false);
  });

  it('says so when nothing matches, in Chinese, without pages', async () => {
    opportunities(0);
    await renderWithApp(<OpportunityListPage />, { language: 'zh', route: '/opportunities?theme=soil' });

    expect(await screen.findByText('没有符合条件的合作机会。')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: '分页' })).not.toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });
});
