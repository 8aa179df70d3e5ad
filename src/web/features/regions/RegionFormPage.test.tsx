import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Region, RegionSummary } from '../../../shared/api/index';
import { fakeNetwork, pagedList, refusal } from '../../test/fake-network';
import { renderWithApp } from '../../test/render';
import { signedIn } from '../../test/session';
import { RegionFormPage } from './RegionFormPage';

const hebei: RegionSummary = {
  id: 'hebei',
  side: 'partner',
  level: 'province',
  parentId: null,
  country: 'CN',
  name: { original: 'zh', zh: '河北', en: 'Hebei', nl: 'Hebei' },
  population: 74_610_000,
  areaKm2: 188_800,
  location: { lat: 38.04, lon: 114.51 },
  opportunityCount: 3,
};
const regions = pagedList(1, () => hebei);
const manager = signedIn('programme-manager', ['regions:write']);
const saved = (body: unknown): Region => ({ ...(body as Region), createdAt: '2026-01-05T09:00:00.000Z', updatedAt: '2026-01-05T09:00:00.000Z' });

describe('the new-region form', () => {
  it('shows what is missing beside each field, in Dutch, moves focus to the summary and sends nothing', async () => {
    const network = fakeNetwork({ 'GET /api/auth/session': manager, 'GET /api/regions': regions });
    const { user } = await renderWithApp(<RegionFormPage />, { language: 'nl', route: '/regions/new' });

    await user.click(await screen.findByRole('button', { name: 'Opslaan' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Verbeter 3 velden:');
    const code = screen.getByLabelText(/^Code/);
    expect(code).toBeInvalid();
    expect(code).toHaveAccessibleDescription('kleine letters, cijfers en koppeltekens, bv. hebei Dit veld is verplicht.');
    // The name's original language is the reader's: its missing text is asked for under the Dutch input.
    const name = screen.getByRole('group', { name: /^Naam/ });
    expect(within(name).getByLabelText(/^In het Nederlands/)).toHaveAccessibleDescription('Vul de tekst in in de taal waarin hij geschreven is.');
    expect(within(name).getByLabelText(/^In het Engels/)).toBeValid();
    expect(network.sentTo('POST /api/regions')).toEqual([]);
  });

  it('puts the server’s 400 issues on their fields, in Chinese', async () => {
    const network = fakeNetwork({
      'GET /api/auth/session': manager,
      'GET /api/regions': regions,
      'POST /api/regions': refusal(400, {
        error: 'validation_failed',
        code: 'validation_failed',
        message: 'Validation failed',
        issues: [{ path: 'parentId', code: 'unknown_reference', message: 'unknown region', params: { value: 'hebei' } }],
      }),
    });
    const { user } = await renderWithApp(<RegionFormPage />, { language: 'zh', route: '/regions/new' });

    await user.type(await screen.findByLabelText(/^标识/), 'tangshan');
    await user.type(within(screen.getByRole('group', { name: /^名称/ })).getByLabelText(/^中文/), '唐山');
    await user.selectOptions(screen.getByLabelText('上级地区'), '河北');
    await user.click(screen.getByRole('button', { name: '保存' }));

    // The label is there from the start; the server's answer arrives after it.
    expect(await screen.findByRole('alert')).toHaveTextContent('上级地区: “hebei”不存在（或已被删除）。');
    expect(screen.getByLabelText('上级地区')).toHaveAccessibleDescription('“hebei”不存在（或已被删除）。');
    expect(network.sentTo('POST /api/regions')).toHaveLength(1);
  });

  it('sends the contract’s shape and opens the saved region', async () => {
    const network = fakeNetwork({
      'GET /api/auth/session': manager,
      'GET /api/regions': regions,
      'POST /api/regions': ({ body }: { body: unknown }) => saved(body),
    });
    const { user, location } = await renderWithApp(<RegionFormPage />, { language: 'en', route: '/regions/new' });

    await user.type(await screen.findByLabelText(/^Identifier/), 'tangshan');
    await user.type(within(screen.getByRole('group', { name: /^Name/ })).getByLabelText(/^In English/), '  Tangshan ');
    await user.clear(screen.getByLabelText(/^Country code/));
    await user.type(screen.getByLabelText(/^Country code/), 'cn');
    await user.selectOptions(screen.getByLabelText('Part of'), 'Hebei');
    await user.type(screen.getByLabelText('Population'), '7700000');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await expect.poll(location).toBe('/regions/tangshan');
    const [post] = network.sentTo('POST /api/regions');
    expect(post?.body).toMatchObject({
      id: 'tangshan',
      country: 'CN',
      parentId: 'hebei',
      name: { original: 'en', en: 'Tangshan' },
      population: 7_700_000,
      location: null,
    });
  });
});
