import './accounts.css';
import type { RouteObject } from 'react-router-dom';
import { page } from '../../app/lazy-routes';

/** Pages of accounts, administration and organisations; the router spreads them in. */
export const accountRoutes: RouteObject[] = [
  { path: 'sign-in', ...page(() => import('./SignInPage'), 'SignInPage') },
  { path: 'accept-invitation', ...page(() => import('./AcceptInvitationPage'), 'AcceptInvitationPage') },
  { path: 'reset-password', ...page(() => import('./ResetPasswordPage'), 'ResetPasswordPage') },
  { path: 'account', ...page(() => import('./AccountPage'), 'AccountPage') },
  { path: 'admin/users', ...page(() => import('../admin/UsersPage'), 'UsersPage') },
  { path: 'admin/outbox', ...page(() => import('../admin/OutboxPage'), 'OutboxPage') },
  { path: 'admin/audit', ...page(() => import('../admin/AuditPage'), 'AuditPage') },
  { path: 'organisations', ...page(() => import('../organisations/OrganisationDirectoryPage'), 'OrganisationDirectoryPage') },
  { path: 'organisations/new', ...page(() => import('../organisations/OrganisationEditPage'), 'OrganisationEditPage') },
  { path: 'organisations/:id', ...page(() => import('../organisations/OrganisationPages'), 'OrganisationPage') },
  { path: 'organisations/:id/edit', ...page(() => import('../organisations/OrganisationEditPage'), 'OrganisationEditPage') },
];
