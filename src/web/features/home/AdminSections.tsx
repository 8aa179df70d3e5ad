import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminWork } from '../../../shared/api/index';
import { useLanguage } from '../../i18n/index';
import { formatDateTime, formatNumber } from '../../lib/format';
import { CardGrid } from './MyWorkPage';
import { Empty, Row, Rows, To, WorkCard } from './WorkCard';

export function AdminSections({ admin: a }: { admin: AdminWork }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <CardGrid>
      <WorkCard title={t('myWork:admin.usersTitle')} footer={<To to="/admin/users">{t('myWork:admin.manageUsers')}</To>} testId="accounts">
        <Text fw={600}>
          {t('myWork:admin.usersTotal', { count: a.users.total })}
          {a.users.disabled > 0 && ` · ${t('myWork:admin.disabled', { count: a.users.disabled })}`}
        </Text>
        <Group gap={6}>
          {a.users.byRole.map((r) => (
            <Badge key={r.role} variant="outline" color="gray.8" tt="none">
              {t(`myWork:role.${r.role}`)}: {formatNumber(r.count, lang)}
            </Badge>
          ))}
        </Group>
      </WorkCard>
      <WorkCard title={t('myWork:admin.invitationsTitle')} count={a.pendingInvitations.length} testId="pending-invitations">
        {a.pendingInvitations.length === 0 ? (
          <Empty>{t('myWork:admin.invitationsEmpty')}</Empty>
        ) : (
          <Rows>
            {a.pendingInvitations.map((i) => (
              <Row
                key={i.userId}
                main={`${i.displayName} <${i.email}>`}
                sub={`${t(`myWork:role.${i.role}`)} · ${t('myWork:admin.expires', { date: formatDateTime(i.expiresAt, lang) })}`}
              />
            ))}
          </Rows>
        )}
      </WorkCard>
    </CardGrid>
  );
}
