import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { part } from '../../app/lazy-routes';
import { QueryView } from '../../components/QueryView';
import { api, dataOf } from '../../lib/api-client';
import { useAllRegions, useTwinnings } from '../../lib/queries';
import { usePageTitle } from '../../lib/use-page-title';
import { RegionCards } from '../regions/RegionCards';
import { ProgrammeStats } from './ProgrammeStats';

// The map (d3-geo and its drawing) is a chunk of its own, fetched with the regions it shows: a
// signed-in reader's home has no map, and the heading above does not wait for it (decision 025).
const PartnerMap = part(() => import('./PartnerMap'), 'PartnerMap');

function useOpenOpportunityCount() {
  return useQuery({
    queryKey: ['opportunities', 'list', { status: 'open', pageSize: 1 }],
    queryFn: () => dataOf(api.GET('/api/opportunities', { params: { query: { status: ['open'], pageSize: 1 } } })),
    select: (page) => page.total,
  });
}

/** Visitors' home (and the cooperation map for everyone at /map): the partner regions on a map, figures and region cards. */
export function PublicHome() {
  const { t } = useTranslation();
  usePageTitle(undefined);
  const regions = useAllRegions();
  const twinnings = useTwinnings();
  const openOpportunities = useOpenOpportunityCount();

  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <QueryView query={regions}>
        {(regionPage) => {
          const partner = regionPage.items.filter((region) => region.side === 'partner');
          const home = regionPage.items.filter((region) => region.side === 'home');
          return (
            <>
              <ProgrammeStats
                partnerRegions={partner.length}
                homeRegions={home.length}
                twinnings={twinnings.data?.total}
                openOpportunities={openOpportunities.data}
              />
              <Suspense>
                <PartnerMap regions={regionPage.items} twinnings={twinnings.data?.items ?? []} />
              </Suspense>
              <section aria-labelledby="partner-regions-heading">
                <h2 id="partner-regions-heading">{t('home.partnerRegions')}</h2>
                <RegionCards regions={partner} />
              </section>
              <section aria-labelledby="home-regions-heading">
                <h2 id="home-regions-heading">{t('home.homeRegions')}</h2>
                <RegionCards regions={home} />
              </section>
            </>
          );
        }}
      </QueryView>
    </>
  );
}
