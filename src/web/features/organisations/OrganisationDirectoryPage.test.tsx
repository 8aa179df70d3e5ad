import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OrganisationFacets, OrganisationListItem } from '../../../shared/api/index';
import { fakeNetwork, pagedList } from '../../test/fake-network';
import { renderWithApp } from '../../test/render';
import { visitor } from '../../test/session';
import { OrganisationDirectoryPage } from './OrganisationDirectoryPage';

function organisation(id: string, name: string, type: OrganisationListItem['type'], country: string): OrganisationListItem {
  return {
    id,
    name,
    type,
    country,
    homeRegionId: null,
    website: null,
    description: null,
    visibility: 'public',
    regionName: null,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
  };
}

const firstRows = [organisation('aquafin', 'Aquafin', 'company', 'BE'), organisation('tno', 'TNO', 'knowledge-institute', 'NL')];
const rowAt = (index: number) => firstRows[index] ?? organisation(`org-${index + 1}`, `Organisation ${index + 1}`, 'company', 'NL');
const noFacets: OrganisationFacets = { type: [], country: [], regionId: [], theme: [], language: [] };

/** The directory's server with `total` organisations (Aquafin and TNO first), answering any page. */
function directory(total: number) {
  return fakeNetwork({
    'GET /api/auth/session': visitor,
    'GET /api/organisations': pagedList(total, rowAt),
    'GET /api/organisations/facets': noFacets,
  });
}

/** What the page asked the list for last: its sort, order and page. */
function lastListQuery(network: ReturnType<typeof directory>) {
  const params = network.sentTo('GET /api/organisations').at(-1)?.url.searchParams;
  return { sort: params?.get('sort'), order: params?.get('order'), page: params?.get('page') };
}

describe('the organisation directory', () => {
  it('lists the server’s page with the types and countries in Dutch', async () => {
    directory(2);
    await renderWithApp(<OrganisationDirectoryPage />, { language: 'nl', route: '/organisations' });

    expect(await screen.findByRole('heading', { name: '2 organisaties' })).toBeInTheDocument();
    const [, aquafin, tno] = within(screen.getByRole('table')).getAllByRole('row');
    expect(within(aquafin!).getByRole('link', { name: 'Aquafin' })).toHaveAttribute('href', '/organisations/aquafin');
    expect(aquafin).toHaveTextContent(/^AquafinBedrijfBelgië/);
    expect(tno).toHaveTextContent(/^TNOKennisinstellingNederland/);
  });

  it('asks the server for another order when a column header is clicked, and keeps it in the URL', async () => {
    const network = directory(2);
    const { user, location } = await renderWithApp(<OrganisationDirectoryPage />, { language: 'nl', route: '/organisations' });
    await screen.findByRole('link', { name: 'Aquafin' });
    expect(lastListQuery(network)).toEqual({ sort: 'name', order: 'asc', page: '1' });

    await user.click(screen.getByRole('button', { name: /^Soort/ }));
    await expect.poll(() => lastListQuery(network)).toEqual({ sort: 'type', order: 'asc', page: '1' });
    expect(location()).toBe('/organisations?sort=type');

    await user.click(screen.getByRole('button', { name: /^Soort/ }));
    await expect.poll(() => lastListQuery(network)).toEqual({ sort: 'type', order: 'desc', page: '1' });
    expect(location()).toBe('/organisations?sort=type&order=desc');
  });

  it('pages through the server’s results, keeping the order', async () => {
    const network = directory(120);
    const { user, location } = await renderWithApp(<OrganisationDirectoryPage />, { language: 'nl', route: '/organisations?sort=country' });
    await screen.findByRole('link', { name: 'Aquafin' });
    expect(screen.getByText('1–50 van 120')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Pagina 3' }));

    await expect.poll(() => lastListQuery(network)).toEqual({ sort: 'country', order: 'asc', page: '3' });
    expect(location()).toBe('/organisations?sort=country&page=3');
    expect(await screen.findByText('101–120 van 120')).toBeInTheDocument();
  });

  it('says so when no organisation matches, in Chinese', async () => {
    directory(0);
    await renderWithApp(<OrganisationDirectoryPage />, { language: 'zh', route: '/organisations?type=ngo' });

    const empty = await screen.findByText('没有符合这些筛选条件的机构。');
    // mantine-datatable keeps its empty state in the page and shows it by this attribute.
    await waitFor(() => expect(empty.closest('.mantine-datatable-empty-state')).toHaveAttribute('data-active'));
    expect(within(screen.getByRole('table')).queryAllByRole('link')).toEqual([]);
  });
});
