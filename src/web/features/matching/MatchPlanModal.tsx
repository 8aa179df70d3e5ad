import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchItem } from '../../../shared/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { type Owner, usePlanMatch } from './pipeline-data';

/** Who follows a match up and on which day the next action is due. */
export function MatchPlanModal({ match, owners, onClose }: { match: MatchItem | null; owners: Owner[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    // lockScroll off: the scroll lock (react-remove-scroll) injects a <style> without the CSP nonce.
    <Modal opened={match !== null} onClose={onClose} title={t('matching:pipeline.plan.title')} lockScroll={false}>
      {match && <PlanForm key={match.id} match={match} owners={owners} onDone={onClose} />}
    </Modal>
  );
}

function PlanForm({ match, owners, onDone }: { match: MatchItem; owners: Owner[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [ownerId, setOwnerId] = useState<string>(match.ownerId ?? '');
  const [nextActionOn, setNextActionOn] = useState<string | null>(match.nextActionOn ?? null);
  const plan = usePlanMatch();
  const data = [{ value: '', label: t('matching:pipeline.noOwner') }, ...owners.map((o) => ({ value: o.id, label: o.displayName }))];
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        plan.mutate({ id: match.id, ownerId: ownerId || null, nextActionOn }, { onSuccess: onDone });
      }}
    >
      <Stack gap="sm">
        <div>
          <strong>{match.organisationName}</strong> · {match.opportunityTitle}
        </div>
        <Select label={t('matching:pipeline.plan.owner')} data={data} value={ownerId} onChange={(v) => setOwnerId(v ?? '')} allowDeselect={false} />
        <DateInput
          label={t('matching:pipeline.plan.nextAction')}
          value={nextActionOn}
          onChange={setNextActionOn}
          clearable
          placeholder={t('matching:pipeline.plan.clearDate')}
          valueFormat="YYYY-MM-DD"
          popoverProps={{ withinPortal: true }}
        />
        {plan.isError && <ErrorMessage error={plan.error} />}
        <Group justify="flex-end">
          <Button type="submit" loading={plan.isPending}>
            {t('matching:pipeline.plan.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
