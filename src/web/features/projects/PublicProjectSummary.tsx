import { Anchor, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProjectPublicSummary } from '../../../core/projects/api';
import { formatPrecisionDate } from '../../../core/projects/precision-date';
import { PageLayout } from '../../components/PageLayout';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { displayName, formatDay } from '../../lib/format';
import { ShareLink } from '../../components/ShareLink';
import { projectPath, useText } from './project-data';

export function usePublicProject(id: string, enabled = true) {
  return useQuery({
    queryKey: ['projects', 'summary', id],
    queryFn: () => dataOf(api.GET('/api/projects/{id}/summary', { params: { path: { id } } })),
    enabled,
  });
}

/** What a visitor reads of a project: purpose, region, partners, phases with gates, results (never budgets or notes). */
export function PublicProjectPage({ id }: { id: string }) {
  const summary = usePublicProject(id);
  return <QueryView query={summary}>{(p) => <PublicProjectSummaryView project={p} />}</QueryView>;
}

function PublicProjectSummaryView({ project: p }: { project: ProjectPublicSummary }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  const start = p.dates.actualStart ?? p.dates.plannedStart;
  const end = p.dates.actualEnd ?? p.dates.plannedEnd;
  const region = p.location
    ? [p.location.district && text(p.location.district), p.location.region && text(p.location.region), displayName(p.location.countryCode, 'region', lang)]
        .filter(Boolean)
        .join(t('myWork:publicProject.listSeparator'))
    : null;
  return (
    <PageLayout
      title={text(p.title)}
      lead={t('myWork:publicProject.lead')}
      actions={
        <>
          <ShareLink />
          <Button component={Link} to={`/sign-in?next=${encodeURIComponent(projectPath(p.id))}`} variant="light" size="sm">
            {t('myWork:publicProject.signIn')}
          </Button>
        </>
      }
    >
      <Card withBorder radius="md" data-testid="public-project">
        <Stack gap="sm">
          <Group gap="xs">
            <Badge variant="outline" color="brand.9" tt="none">
              {p.closed ? t('myWork:publicProject.closed') : t(`myWork:publicProject.projectStatus.${p.status}`)}
            </Badge>
            {region && <Text size="sm">{t('myWork:publicProject.regionLine', { region })}</Text>}
            {(start || end) && (
              <Text size="sm">
                {t('myWork:publicProject.periodLine', { from: start ? formatDay(start, lang) : '…', to: end ? formatDay(end, lang) : '…' })}
              </Text>
            )}
          </Group>
          <Title order={2} size="h4">
            {t('myWork:publicProject.purpose')}
          </Title>
          <Text className="user-prose">{text(p.purpose)}</Text>
        </Stack>
      </Card>

      <Card withBorder radius="md" component="section" aria-labelledby="public-partners">
        <Title order={2} size="h4" id="public-partners" mb="xs">
          {t('myWork:publicProject.partners')}
        </Title>
        <List spacing={4}>
          {p.partners.map((partner) => (
            <List.Item key={partner.id}>
              {partner.platformOrganisationId ? (
                <Anchor component={Link} to={`/organisations/${encodeURIComponent(partner.platformOrganisationId)}`}>
                  {text(partner.name)}
                </Anchor>
              ) : (
                text(partner.name)
              )}
              {partner.roles.length > 0 && (
                <Text span size="sm" c="dimmed">
                  {t('myWork:publicProject.partnerRoles', {
                    roles: partner.roles.map((r) => t(`myWork:publicProject.role.${r}`)).join(t('myWork:publicProject.listSeparator')),
                  })}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      </Card>

      <Stack gap="sm" component="section" aria-labelledby="public-phases">
        <Title order={2} size="h4" id="public-phases">
          {t('myWork:publicProject.phases')}
        </Title>
        {p.phases.length === 0 && <Text c="dimmed">{t('myWork:publicProject.noPhases')}</Text>}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {p.phases.map((phase) => (
            <Card key={phase.id} withBorder radius="md" data-testid="public-phase">
              <Stack gap={6}>
                <Group justify="space-between" align="flex-start" gap="xs">
                  <Title order={3} size="h5">
                    {t('myWork:publicProject.phaseTitle', { order: phase.order, name: text(phase.name) })}
                  </Title>
                  <Badge color={phase.gate.status === 'go' ? 'brand.9' : phase.gate.status === 'no-go' ? 'red.9' : 'gray.8'} variant="outline" tt="none">
                    {t('myWork:publicProject.gateLabel', { status: t(`myWork:publicProject.gateStatus.${phase.gate.status}`) })}
                  </Badge>
                </Group>
                {phase.gate.decidedAt && (
                  <Text size="xs" c="dimmed">
                    {t('myWork:publicProject.decidedAt', { date: formatDay(phase.gate.decidedAt, lang) })}
                  </Text>
                )}
                {phase.description && <Text size="sm">{text(phase.description)}</Text>}
                {phase.activities.length > 0 && (
                  <List size="sm" spacing={2} aria-label={t('myWork:publicProject.activities')}>
                    {phase.activities.map((a) => (
                      <List.Item key={a.id}>
                        {text(a.title)}
                        <Text span size="xs" c="dimmed">
                          {` · ${formatPrecisionDate(a.date, lang)} · ${t(`myWork:publicProject.activityStatus.${a.status}`)}`}
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                )}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>

      <Card withBorder radius="md" component="section" aria-labelledby="public-results">
        <Title order={2} size="h4" id="public-results" mb="xs">
          {t('myWork:publicProject.results')}
        </Title>
        {p.results.length === 0 ? (
          <Text c="dimmed">{t('myWork:publicProject.noResults')}</Text>
        ) : (
          <Stack gap="sm">
            {p.results.map((r) => (
              <Stack key={r.id} gap={2}>
                <Text fw={600}>{t('myWork:publicProject.resultTitle', { type: t(`myWork:publicProject.resultType.${r.type}`), title: text(r.title) })}</Text>
                {r.description && <Text size="sm">{text(r.description)}</Text>}
                {r.indicators.length > 0 && (
                  <Text size="sm" c="dimmed">
                    {t('myWork:publicProject.indicatorList', { list: r.indicators.map((i) => text(i.title)).join(' · ') })}
                  </Text>
                )}
              </Stack>
            ))}
          </Stack>
        )}
      </Card>
    </PageLayout>
  );
}
