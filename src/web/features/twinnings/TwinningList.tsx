import { useCan } from '../accounts/session';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Twinning } from '../../../shared/api/index';
import { QueryView } from '../../components/QueryView';
import { UserText } from '../../components/UserText';
import { useTwinnings } from '../../lib/queries';

/** A region's twinnings, each with the other region and the representation offices there. */
export function TwinningList({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const twinnings = useTwinnings(regionId);
  return (
    <QueryView query={twinnings}>
      {(page) =>
        page.items.length === 0 ? (
          <p>{t('regions.noTwinnings')}</p>
        ) : (
          <ul className="twinning-list">
            {page.items.map((twinning) => (
              <li key={twinning.id} className="twinning">
                <TwinningItem twinning={twinning} regionId={regionId} />
              </li>
            ))}
          </ul>
        )
      }
    </QueryView>
  );
}

function TwinningItem({ twinning, regionId }: { twinning: Twinning; regionId: string }) {
  const { t } = useTranslation();
  const canEdit = useCan('twinnings:write');
  const isHome = twinning.homeRegionId === regionId;
  const otherId = isHome ? twinning.partnerRegionId : twinning.homeRegionId;
  const otherName = isHome ? twinning.partnerRegionName : twinning.homeRegionName;
  return (
    <>
      <p className="twinning-title">
        <Link to={`/regions/${encodeURIComponent(otherId)}`}>
          <UserText text={otherName} isName />
        </Link>
        {twinning.since !== null && <span className="region-meta"> · {t('regions.since', { year: twinning.since })}</span>}
        {canEdit && (
          <>
            {' · '}
            <Link to={`/twinnings/${encodeURIComponent(twinning.id)}/edit`} className="small-link">
              {t('common.edit')}
            </Link>
          </>
        )}
      </p>
      {twinning.note && (
        <p>
          <UserText text={twinning.note} />
        </p>
      )}
      {twinning.offices.length > 0 && (
        <>
          <h3 className="small-heading">{t('regions.offices')}</h3>
          <ul className="office-list">
            {twinning.offices.map((office, index) => (
              <li key={index}>
                {office.organisation}
                {office.city && (
                  <>
                    {' — '}
                    <UserText text={office.city} />
                  </>
                )}
                {office.openedYear !== null && <span className="region-meta"> ({t('regions.opened', { year: office.openedYear })})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
