import { Anchor, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { OrganisationView } from '../../../shared/api/index';
import { AddTranslation } from '../../components/AddTranslation';
import { EntityHistory } from '../../components/EntityHistory';
import { UserText } from '../../components/UserText';
import { ShareLink } from '../../components/ShareLink';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { displayName } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../accounts/session';
import { Interactions } from '../follow-up/Interactions';
import { OrganisationMatches } from '../matching/MatchesPanel';
import { useConceptLabel } from './profile-queries';

export { OrganisationDirectoryPage as OrganisationListPage } from './OrganisationDirectoryPage';

export const useOrganisation = (id: string) =>
  useQuery({ queryKey: ['organisations', id], queryFn: () => dataOf(api.GET('/api/organisations/{id}', { params: { path: { id } } })) });
export const useOrganisationProfile = (id: string) =>
  useQuery({ queryKey: ['organisations', id, 'profile'], queryFn: () => dataOf(api.GET('/api/organisations/{id}/profile', { params: { path: { id } } })) });

/**
 * Whether the reader may edit an organisation's profile: programme managers and admins every one,
 * a member their own organisation's only (the rule organisations.service enforces).
 */
export function useCanEditOrganisation(id: string): boolean {
  const me = useMe().data;
  if (!me?.capabilities.includes('organisations:edit')) return false;
  const user = me.user;
  return user.role === 'programme-manager' || user.role === 'admin' || (user.role === 'member' && user.organisationId === id);
}

export function OrganisationPage() {
  const { id = '' } = useParams();
  const organisation = useOrganisation(id);
  usePageTitle(organisation.data?.name);
  return <QueryView query={organisation}>{(o) => <OrganisationDetails organisation={o} />}</QueryView>;
}

function OrganisationDetails({ organisation: o }: { organisation: OrganisationView }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const signedIn = useMe().data != null;
  const mayEdit = useCanEditOrganisation(o.id);
  const profile = useOrganisationProfile(o.id);
  const conceptLabel = useConceptLabel();
  const p = profile.data;
  return (
    <Stack gap="md" component="article" className="page-content">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 20rem', minWidth: 0 }}>
          <Title order={1} size="h2">
            {o.name}
          </Title>
          <Text c="dimmed">
            {t(`organisationType.${o.type}`)} · {displayName(o.country, 'region', lang)}
            {o.website && (
              <>
                {' · '}
                <Anchor href={o.website} rel="noopener noreferrer nofollow">
                  {o.website}
                </Anchor>
              </>
            )}
          </Text>
        </Stack>
        <Group gap="xs">
          {/* A public profile is a link anyone can open; a members-only one is not shared. */}
          {o.visibility === 'public' && <ShareLink />}
          {mayEdit && (
            <Button component={Link} to={`/organisations/${encodeURIComponent(o.id)}/edit`}>
              {t('organisations:profile.edit')}
            </Button>
          )}
          <Button component={Link} to="/organisations" variant="default">
            {t('organisations:profile.back')}
          </Button>
        </Group>
      </Group>
      {o.description && (
        <Stack component="section" gap="xs" align="flex-start">
          <Title order={2} size="h4">
            {t('organisations:profile.description')}
          </Title>
          {/* Says when it is a translation, or the original in another language. */}
          <Text className="user-prose">
            <UserText text={o.description} />
          </Text>
          {mayEdit && (
            <AddTranslation text={o.description} target={{ record: 'organisations', id: o.id, field: 'description' }} invalidate={['organisations']} />
          )}
        </Stack>
      )}
      {p && (
        <dl className="profile-facts">
          <dt>{t('organisations:profile.sectors')}</dt>
          <dd>{p.sectors.length ? p.sectors.join(', ') : t('organisations:profile.none')}</dd>
          <dt>{t('organisations:profile.capabilities')}</dt>
          <dd>
            {p.capabilities.length ? (
              <Group gap={6}>
                {p.capabilities.map((c) => (
                  <Badge key={c} variant="light" tt="none">
                    {conceptLabel(c)}
                  </Badge>
                ))}
              </Group>
            ) : (
              t('organisations:profile.none')
            )}
          </dd>
          <dt>{t('organisations:profile.languages')}</dt>
          <dd>{p.languages.length ? p.languages.map((l) => displayName(l, 'language', lang)).join(', ') : t('organisations:profile.none')}</dd>
          <dt>{t('organisations:profile.size')}</dt>
          <dd>{p.size ? t(`organisations:profile.sizeValue.${p.size}`) : t('organisations:profile.noSize')}</dd>
        </dl>
      )}
      {p && p.references.length > 0 && (
        <section>
          <Title order={2} size="h4">
            {t('organisations:profile.references')}
          </Title>
          <List>
            {p.references.map((r, i) => (
              <List.Item key={i}>
                {r.url ? (
                  <Anchor href={r.url} rel="noopener noreferrer nofollow">
                    {r.title}
                  </Anchor>
                ) : (
                  r.title
                )}
                {r.year ? ` (${r.year})` : ''}
                {r.description ? ` — ${r.description}` : ''}
              </List.Item>
            ))}
          </List>
        </section>
      )}
      {p && p.people.length > 0 && (
        <section>
          <Title order={2} size="h4">
            {t('organisations:profile.people')}
          </Title>
          <List>
            {p.people.map((person, i) => (
              <List.Item key={i}>{[person.name, person.role, person.email, person.phone].filter(Boolean).join(' · ')}</List.Item>
            ))}
          </List>
        </section>
      )}
      {'notes' in o && o.notes && (
        <section>
          <Title order={2} size="h4">
            {t('organisations:profile.notes')}
          </Title>
          <Text className="user-prose">{o.notes}</Text>
        </section>
      )}
      {signedIn && <OrganisationMatches organisationId={o.id} />}
      {signedIn && <Interactions links={{ organisationId: o.id }} />}
      <EntityHistory entityType="organisation" entityId={o.id} />
    </Stack>
  );
}
