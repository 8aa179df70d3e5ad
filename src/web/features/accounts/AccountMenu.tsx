import { Avatar, Button, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useMe, useSignOut } from './session';

/** Sign-in for visitors; for signed-in users their name, which opens account, organisation and sign-out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const user = me.data?.user;
  if (!user) {
    return (
      <Button component={Link} to="/sign-in" variant="white" size="compact-sm">
        {t('accounts:signIn')}
      </Button>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* No aria-label: the name is the visible label (WCAG 2.5.3); below 48em it is visually hidden. */}
        <UnstyledButton className="shell-account">
          <Avatar size="sm" color="white" variant="outline" name={user.displayName} aria-hidden="true" />
          <Text span size="sm" c="white" truncate="end" maw={180} className="shell-account-name">
            {user.displayName}
          </Text>
          <VisuallyHidden>{t('app.accountMenu')}</VisuallyHidden>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {t('accounts:signedInAs')} {user.displayName}
        </Menu.Label>
        <Menu.Item component={Link} to="/account">
          {t('accounts:myAccount')}
        </Menu.Item>
        {user.organisationId && (
          <Menu.Item component={Link} to={`/organisations/${encodeURIComponent(user.organisationId)}`}>
            {t('accounts:organisation')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item onClick={() => signOut.mutate(false, { onSettled: () => void navigate('/') })}>{t('accounts:signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
