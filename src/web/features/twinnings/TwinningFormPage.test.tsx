import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RegionSummary, Twinning } from '../../../shared/api/index';
import { Reply, fakeNetwork, pagedList } from '../../test/fake-network';
import { renderWithApp } from '../../test/render';
import { signedIn, visitor } from '../../test/session';
import { TwinningFormPage } from './TwinningFormPage';

function region(id: string, side: RegionSummary['side'], name: RegionSummary['name']): RegionSummary {
  return {
    id,
    side,
    level: 'province',
    parentId: null,
    country: side === 'home' ? 'NL' : 'CN',
    name,
    population: null,
    areaKm2: null,
    location: null,
    opportunityCount: 0,
  };
}

const brabant = region('noord-brabant', 'home', { original: 'nl', nl: 'Noord-Brabant', en: 'North Brabant', zh: '北布拉班特' });
const gelderland = region('gelderland', 'home', { original: 'nl', nl: 'Gelderland', en: 'Gelderland', zh: '海尔德兰' });
const hebei = region('hebei', 'partner', { original: 'zh', zh: '河北', en: 'Hebei', nl: 'Hebei' });
const regions = [brabant, gelderland, hebei];

const twinning: Twinning = {
  id: 'noord-brabant-hebei',
  homeRegionId: 'noord-brabant',
  partnerRegionId: 'hebei',
  homeRegionName: brabant.name,
  partnerRegionName: hebei.name,
  since: 2009,
  note: null,
  offices: [],
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
};

function server(session = signedIn('programme-manager', ['twinnings:write'])) {
  return fakeNetwork({
    'GET /api/auth/session': session,
    'GET /api/auth/me': session,
    'GET /api/regions': pagedList(regions.length, (index) => regions[index]),
    'GET /api/twinnings': pagedList(1, () => twinning),
    'PUT /api/twinnings/:id': ({ body }: { body: unknown }) => ({ ...twinning, ...(body as object) }),
    'DELETE /api/twinnings/:id': new Reply(204),
  });
}

const editing = { route: '/twinnings/noord-brabant-hebei/edit', path: '/twinnings/:id/edit' };

describe('the twinning edit form', () => {
  it('shows the saved twinning, refuses a year out of range in Chinese, then saves the corrected one', async () => {
    const network = server();
    const { user, location } = await renderWithApp(<TwinningFormPage />, { language: 'zh', ...editing });

    const home = await screen.findByLabelText(/^欧方地区/);
    expect(within(home).getByRole('option', { selected: true })).toHaveTextContent('北布拉班特');
    const since = screen.getByLabelText('起始年份');
    expect(since).toHaveValue(2009);

    await user.clear(since);
    await user.type(since, '1850');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(since).toHaveAccessibleDescription('允许的最小值为 1900。');
    expect(network.sentTo('PUT /api/twinnings/noord-brabant-hebei')).toEqual([]);

    await user.clear(since);
    await user.type(since, '2015');
    await user.selectOptions(home, '海尔德兰');
    await user.click(screen.getByRole('button', { name: '保存' }));

    await expect.poll(location).toBe('/regions/hebei');
    expect(network.sentTo('PUT /api/twinnings/noord-brabant-hebei')[0]?.body).toMatchObject({
      homeRegionId: 'gelderland',
      partnerRegionId: 'hebei',
      since: 2015,
    });
  });

  it('deletes the twinning after confirmation and goes back to the partner region', async () => {
    const network = server();
    const { user, location } = await renderWithApp(<TwinningFormPage />, { language: 'en', ...editing });

    await user.click(await screen.findByRole('button', { name: 'Delete: North Brabant – Hebei' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, delete' }));

    await expect.poll(location).toBe('/regions/hebei');
    expect(network.sentTo('DELETE /api/twinnings/noord-brabant-hebei')).toHaveLength(1);
  });

  it('shows a visitor why there is no form instead of one that fails', async () => {
    server(visitor);
    await renderWithApp(<TwinningFormPage />, { language: 'en', ...editing });

    expect(await screen.findByRole('alert')).toHaveTextContent('Sign in firstSign in with an account that may make this change.');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
  });
});
