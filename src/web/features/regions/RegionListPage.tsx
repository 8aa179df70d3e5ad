import { Button } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../components/PageLayout';
import { QueryView } from '../../components/QueryView';
import { useAllRegions } from '../../lib/queries';
import { useCan } from '../accounts/session';
import { RegionCards } from './RegionCards';

export function RegionListPage() {
  const { t } = useTranslation();
  const regions = useAllRegions();
  const canWrite = useCan('regions:write');
  return (
    <PageLayout
      title={t('regions.title')}
      actions={
        canWrite && (
          <Button component={Link} to="/regions/new">
            {t('regions.new')}
          </Button>
        )
      }
    >
      <QueryView query={regions}>
        {(page) =>
          (['partner', 'home'] as const).map((side) => (
            <section key={side} aria-labelledby={`${side}-heading`}>
              <h2 id={`${side}-heading`}>{t(`regions.${side}`)}</h2>
              <RegionCards regions={page.items.filter((region) => region.side === side)} />
            </section>
          ))
        }
      </QueryView>
    </PageLayout>
  );
}
