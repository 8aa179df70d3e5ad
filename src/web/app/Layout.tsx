import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { AccountMenu } from '../features/accounts/AccountMenu';
import { useMe } from '../features/accounts/session';
import { NotificationsControl } from '../features/notifications/NotificationsControl';
import { FollowUpsNavLink } from '../features/follow-up/FollowUpsNavLink';

/** Top-level sections; later issues add sign-in, organisations, matching, projects and events. */
const sections = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/regions', key: 'nav.regions', end: false },
  { to: '/opportunities', key: 'nav.opportunities', end: false },
  { to: '/organisations', key: 'nav.organisations', end: false },
  { to: '/matches', key: 'nav.matches', end: false },
  { to: '/projects', key: 'nav.projects', end: false },
  { to: '/events', key: 'nav.events', end: false },
] as const;

export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  useFocusMainOnNavigation(pathname);
  // The thesaurus page is public, but only the admins who edit it need it in the menu.
  const admin = useMe().data?.user.role === 'admin';

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-bar">
          <NavLink to="/" className="brand">
            {t('app.name')}
          </NavLink>
          <NotificationsControl />
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('app.menu')}
          </button>
        </div>
        <div id="site-menu" className={menuOpen ? 'site-menu open' : 'site-menu'}>
          <nav aria-label={t('app.mainNav')}>
            <ul>
              {sections.map((section) => (
                <li key={section.to}>
                  <NavLink to={section.to} end={section.end} onClick={() => setMenuOpen(false)}>
                    {t(section.key)}
                  </NavLink>
                </li>
              ))}
              <FollowUpsNavLink onNavigate={() => setMenuOpen(false)} />
              {admin && (
                <li>
                  <NavLink to="/thesaurus" onClick={() => setMenuOpen(false)}>
                    {t('nav.thesaurus')}
                  </NavLink>
                </li>
              )}
            </ul>
          </nav>
          <AccountMenu />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
      <ScrollRestoration />
    </>
  );
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
