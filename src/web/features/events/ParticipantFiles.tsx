import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLanguage } from '../../i18n/index';
import { toQueryString } from '../../lib/api-client';
import { enc } from './event-queries';

const statuses = ['registered', 'waitlisted', 'pending-approval', 'cancelled'] as const;

/** The organiser's participant files on the dashboard: the import, and the export of the chosen status (CSV, XLSX). */
export function ParticipantFiles({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [status, setStatus] = useState('');
  const base = `/api/events/${enc(eventId)}/participants`;
  const query = toQueryString({ status, lang });
  return (
    <div className="participant-files">
      <Link to={`/events/${enc(eventId)}/participants/import`}>{t('eventParticipants:import.link')}</Link>
      <span>
        <label>
          {t('eventParticipants:export.filter')}{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('eventParticipants:export.all')}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`eventParticipants:statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        {t('eventParticipants:export.label')}:{' '}
        <a href={`${base}.csv${query}`} aria-label={`${t('eventParticipants:export.label')} (CSV)`}>
          CSV
        </a>{' '}
        ·{' '}
        <a href={`${base}.xlsx${query}`} aria-label={`${t('eventParticipants:export.label')} (XLSX)`}>
          XLSX
        </a>
      </span>
    </div>
  );
}
