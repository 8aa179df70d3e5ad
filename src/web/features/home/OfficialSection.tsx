import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OfficialWork } from '../../../shared/api/index';
import { useLanguage } from '../../i18n/index';
import { formatNumber } from '../../lib/format';
import { useCanWriteOpportunitiesOf } from '../accounts/session';
import { Empty, Rows, To, WorkCard } from './WorkCard';
import { usePickText } from '../../components/UserText';

const stageColour = { draft: 'gray.8', published: 'brand.9', closed: 'dark' } as const;

export function OfficialSection({ official: o }: { official: OfficialWork }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const pick = usePickText();
  const canWrite = useCanWriteOpportunitiesOf(o.region?.id);
  if (!o.region) return null;
  const region = pick(o.region.name);
  const create = canWrite ? <To to="/opportunities/new">{t('myWork:official.newOpportunity')}</To> : undefined;
  return (
    <WorkCard
      title={t('myWork:official.title', { region })}
      count={o.opportunities.length}
      footer={o.opportunities.length > 0 ? create : undefined}
      testId="region-opportunities"
    >
      {o.opportunities.length === 0 ? (
        <Empty action={create}>{t('myWork:official.empty', { region })}</Empty>
      ) : (
        <Rows>
          {o.opportunities.map((opportunity) => (
            <li key={opportunity.id}>
              <Stack gap={4}>
                <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    <To to={`/opportunities/${encodeURIComponent(opportunity.id)}`}>{pick(opportunity.title)}</To>
                  </Text>
                  <Badge variant="outline" tt="none" color={stageColour[opportunity.stage]} style={{ flexShrink: 0 }}>
                    {t(`myWork:stage.${opportunity.stage}`)}
                  </Badge>
                </Group>
                <Group gap={6}>
                  <Text size="xs" c="dimmed">
                    {pick(opportunity.regionName)} · {t('myWork:official.matchCount', { count: formatNumber(opportunity.matchCount, lang) })}
                  </Text>
                  {opportunity.byStatus.map((s) => (
                    <Badge key={s.status} size="sm" variant="outline" color="gray.8" tt="none">
                      {t(`myWork:matchStatus.${s.status}`)} {formatNumber(s.count, lang)}
                    </Badge>
                  ))}
                </Group>
              </Stack>
            </li>
          ))}
        </Rows>
      )}
    </WorkCard>
  );
}
