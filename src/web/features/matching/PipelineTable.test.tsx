import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MatchItem } from '../../../shared/api/index';
import { fakeNetwork } from '../../test/fake-network';
import { renderWithApp } from '../../test/render';
import { signedIn } from '../../test/session';
import { PipelineTable } from './PipelineTable';
import { parsePipelineState } from './pipeline-state';

function match(id: string, organisationName: string, opportunityTitle: string, score: number): MatchItem {
  return {
    id,
    opportunityId: `opp-${id}`,
    opportunityTitle,
    regionId: 'hebei',
    organisationId: `org-${id}`,
    organisationName,
    score,
    rank: 1,
    current: true,
    status: 'suggested',
    statusChangedAt: null,
    ownerName: null,
    nextActionOn: null,
    themes: [],
    computedAt: '2026-03-02T09:00:00.000Z',
    explanation: { text: '', concepts: [], sharedTerms: [], twinned: false },
  };
}

const matches = [
  match('m1', 'Aquafin', 'Waterzuivering Hebei', 0.82),
  match('m2', 'TNO', 'Waterstof Tangshan', 0.64),
  match('m3', 'Deltares', 'Kustbescherming', 0.4),
];

function table(canManage: boolean) {
  return (
    <PipelineTable
      state={parsePipelineState(new URLSearchParams('view=table'))}
      items={matches}
      total={matches.length}
      fetching={false}
      canManage={canManage}
      regionName={() => 'Hebei'}
      onChange={() => undefined}
      onPlan={() => undefined}
    />
  );
}

describe('the pipeline table', () => {
  it('moves the selected matches to the status chosen in one call, then clears the selection', async () => {
    const network = fakeNetwork({ 'GET /api/auth/me': signedIn('programme-manager', ['matches:manage']), 'POST /api/matches/status': { updated: 2 } });
    const { user } = await renderWithApp(table(true), { language: 'nl', route: '/matches?view=table' });

    await user.click(screen.getByRole('checkbox', { name: 'Aquafin voor Waterzuivering Hebei selecteren' }));
    await user.click(screen.getByRole('checkbox', { name: 'Deltares voor Kustbescherming selecteren' }));
    expect(screen.getByText('2 matches geselecteerd')).toBeInTheDocument();
    const apply = screen.getByRole('button', { name: 'Status wijzigen' });
    expect(apply).toBeDisabled();

    await user.click(screen.getByRole('combobox', { name: 'Nieuwe status voor de selectie' }));
    await user.click(screen.getByRole('option', { name: 'Op de shortlist' }));
    await user.click(apply);

    await waitFor(() => expect(screen.queryByText(/geselecteerd$/)).not.toBeInTheDocument());
    expect(network.sentTo('POST /api/matches/status').map((request) => request.body)).toEqual([{ ids: ['m1', 'm3'], status: 'shortlisted' }]);
    expect(screen.getByRole('checkbox', { name: 'Aquafin voor Waterzuivering Hebei selecteren' })).not.toBeChecked();
  });

  it('offers no selection to who may not change statuses', async () => {
    await renderWithApp(table(false), { language: 'nl', route: '/matches?view=table' });

    expect(screen.getByRole('link', { name: 'Waterzuivering Hebei' })).toHaveAttribute('href', '/opportunities/opp-m1');
    expect(screen.getByText('82%')).toBeInTheDocument();
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
  });
});
