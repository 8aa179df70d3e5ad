import { Button, SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MyWork } from '../../../shared/api/index';
import { PageLayout } from '../../components/PageLayout';
import { QueryView } from '../../components/QueryView';
import { api, dataOf } from '../../lib/api-client';
import { AdminSections } from './AdminSections';
import { ManagerSections } from './ManagerSections';
import { MemberSections } from './MemberSections';
import { OfficialSection } from './OfficialSection';
import { usePickText } from '../../components/UserText';

export function useMyWork() {
  return useQuery({ queryKey: ['my-work'], queryFn: () => dataOf(api.GET('/api/my-work')) });
}

/** The signed-in home page: one answer of GET /api/my-work, a part per role. */
export function MyWorkPage({ name }: { name: string }) {
  const { t } = useTranslation();
  const work = useMyWork();
  const pick = usePickText();
  const lead = (w: MyWork) => {
    if (w.member)
      return w.member.organisation ? t('myWork:lead.member', { organisation: w.member.organisation.name }) : t('myWork:lead.memberWithoutOrganisation');
    if (w.official) return w.official.region ? t('myWork:lead.official', { region: pick(w.official.region.name) }) : t('myWork:lead.officialWithoutRegion');
    if (w.admin) return t('myWork:lead.admin');
    return t('myWork:lead.manager');
  };
  return (
    <PageLayout
      title={t('myWork:title')}
      lead={work.data ? t('myWork:leadWithGreeting', { name, lead: lead(work.data) }) : t('myWork:greeting', { name })}
      actions={
        <Button component={Link} to="/map" variant="default" size="sm">
          {t('myWork:openMap')}
        </Button>
      }
    >
      <QueryView query={work}>
        {(w) => (
          <Stack gap="lg">
            {w.admin && <AdminSections admin={w.admin} />}
            {w.manager && <ManagerSections manager={w.manager} />}
            {w.member && <MemberSections member={w.member} />}
            {w.official && <OfficialSection official={w.official} />}
          </Stack>
        )}
      </QueryView>
    </PageLayout>
  );
}

/** Two columns from medium screens on, one on a phone. */
export function CardGrid({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {children}
    </SimpleGrid>
  );
}
