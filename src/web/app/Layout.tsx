import { AppShell, Burger, Divider, Group, NavLink as MantineNavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './shell.css';
import { NavLink, Outlet, ScrollRestoration, useLocation, useMatch } from 'react-router-dom';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { AccountMenu } from '../features/accounts/AccountMenu';
import { useMe } from '../features/accounts/session';
import { NotificationsControl } from '../features/notifications/NotificationsControl';
import { type NavEntry, adminNavigation, mainNavigation, visibleEntries } from './navigation';

/**
 * The app shell: a header with the site name, notifications, language and account; the navigation
 * beside the page on wide screens and behind a burger below 48 em (the 390 px phone).
 */
export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [menuOpen, menu] = useDisclosure(false);
  const closeMenu = menu.close;
  useFocusMainOnNavigation(pathname);
  // Close the phone menu after each navigation.
  useEffect(() => closeMenu(), [pathname, closeMenu]);
  const capabilities = useMe().data?.capabilities ?? [];
  const admin = visibleEntries(adminNavigation, capabilities);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !menuOpen } }} padding="md">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header className="shell-header">
        <Group h="100%" px="md" gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Burger
              opened={menuOpen}
              onClick={menu.toggle}
              hiddenFrom="sm"
              size="sm"
              color="white"
              aria-label={menuOpen ? t('app.closeMenu') : t('app.menu')}
              aria-expanded={menuOpen}
              aria-controls="site-menu"
            />
            <UnstyledButton component={NavLink} to="/" className="shell-brand">
              {t('app.name')}
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationsControl />
            <LanguageSwitch />
            <AccountMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="site-menu" p="xs" className={menuOpen ? undefined : 'shell-navbar-closed'}>
        <AppShell.Section grow component={ScrollArea}>
          <nav aria-label={t('app.mainNav')}>
            {visibleEntries(mainNavigation, capabilities).map((entry) => (
              <ShellLink key={entry.to} entry={entry} />
            ))}
            {admin.length > 0 && (
              <>
                <Divider my="xs" />
                <Text size="xs" fw={700} c="dimmed" px="sm" py={4} tt="uppercase">
                  {t('nav.adminSection')}
                </Text>
                {admin.map((entry) => (
                  <ShellLink key={entry.to} entry={entry} />
                ))}
              </>
            )}
          </nav>
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm">
            {t('app.footer')}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
      <ScrollRestoration />
    </AppShell>
  );
}

function ShellLink({ entry }: { entry: NavEntry }) {
  const { t } = useTranslation();
  const active = useMatch({ path: entry.to, end: entry.end ?? false }) !== null;
  return <MantineNavLink component={NavLink} to={entry.to} end={entry.end} label={t(entry.key)} active={active} />;
}

/** After moving to another page, start keyboard and screen-reader users at its content (unless the page focused a field of its own, e.g. the check-in code). */
function useFocusMainOnNavigation(pathname: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    const fieldFocused = document.activeElement?.matches('input, select, textarea') && main?.contains(document.activeElement);
    if (!fieldFocused) main?.focus({ preventScroll: true });
  }, [pathname]);
}
