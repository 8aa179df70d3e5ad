import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberWork } from '../../../shared/api/index';
import { useLanguage } from '../../i18n/index';
import { formatDateTime } from '../../lib/format';
import { CardGrid } from './MyWorkPage';
import { Empty, Row, Rows, To, WorkCard } from './WorkCard';
import { usePickText } from '../../components/UserText';

const listFormat = (lang: string, names: string[]) => new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : lang, { type: 'conjunction' }).format(names);

export function MemberSections({ member: m }: { member: MemberWork }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const pick = usePickText();
  const profile = m.organisation ? `/organisations/${encodeURIComponent(m.organisation.id)}` : null;
  return (
    <CardGrid>
      <WorkCard
        title={t('myWork:member.matchesTitle')}
        count={m.newMatches.total}
        hint={m.newMatches.total > 0 ? t('myWork:member.matchesHint') : undefined}
        footer={<To to="/opportunities">{t('myWork:member.browseOpportunities')}</To>}
        testId="new-matches"
      >
        {m.newMatches.items.length === 0 ? (
          <Empty action={profile ? <To to={profile}>{t('myWork:member.editProfile')}</To> : undefined}>{t('myWork:member.matchesEmpty')}</Empty>
        ) : (
          <Rows>
            {m.newMatches.items.map((match) => (
              <Row
                key={match.matchId}
                main={<To to={`/opportunities/${encodeURIComponent(match.opportunityId)}`}>{pick(match.opportunityTitle)}</To>}
                sub={`${pick(match.regionName)} · ${formatDateTime(match.createdAt, lang)}`}
              />
            ))}
          </Rows>
        )}
      </WorkCard>

      <WorkCard title={t('myWork:member.requestsTitle')} count={m.requestsWaiting.length} testId="requests-waiting">
        {m.requestsWaiting.length === 0 ? (
          <Empty>{t('myWork:member.requestsEmpty')}</Empty>
        ) : (
          <Rows>
            {m.requestsWaiting.map((r) => (
              <Row
                key={r.requestId}
                main={t('myWork:member.request', { delegate: r.fromDelegate, organisation: r.fromOrganisation })}
                sub={
                  <>
                    <To to={`/events/${encodeURIComponent(r.eventId)}`}>{r.eventTitle}</To>
                    {` · ${formatDateTime(r.createdAt, lang)}`}
                  </>
                }
                side={
                  <Badge variant="outline" tt="none" color={r.priority === 'must-meet' ? 'red.9' : 'gray.8'} style={{ flexShrink: 0 }}>
                    {r.priority === 'must-meet' ? t('myWork:member.mustMeet') : t('myWork:member.wouldLike')}
                  </Badge>
                }
              />
            ))}
          </Rows>
        )}
      </WorkCard>

      <WorkCard title={t('myWork:member.meetingsTitle')} testId="next-meetings">
        {m.nextMeetings.length === 0 ? (
          <Empty action={<To to="/events">{t('myWork:member.seeEvents')}</To>}>{t('myWork:member.meetingsEmpty')}</Empty>
        ) : (
          <Rows>
            {m.nextMeetings.map((meeting) => (
              <Row
                key={`${meeting.eventId}/${meeting.startsAt}`}
                main={formatDateTime(meeting.startsAt, lang)}
                sub={
                  <>
                    <To to={`/events/${encodeURIComponent(meeting.eventId)}`}>{meeting.eventTitle}</To>
                    {meeting.withOrganisations.length > 0 && ` · ${t('myWork:member.with', { organisations: listFormat(lang, meeting.withOrganisations) })}`}
                    {' · '}
                    {meeting.online ? t('myWork:member.online') : meeting.table ? t('myWork:member.table', { table: meeting.table }) : ''}
                  </>
                }
              />
            ))}
          </Rows>
        )}
      </WorkCard>
    </CardGrid>
  );
}
