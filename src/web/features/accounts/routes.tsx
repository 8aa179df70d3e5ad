import './accounts.css';
import type { RouteObject } from 'react-router-dom';
import { AuditPage } from '../admin/AuditPage';
import { OutboxPage } from '../admin/OutboxPage';
import { UsersPage } from '../admin/UsersPage';
import { OrganisationEditPage } from '../organisations/OrganisationEditPage';
import { OrganisationListPage, OrganisationPage } from '../organisations/OrganisationPages';
import { AcceptInvitationPage } from './AcceptInvitationPage';
import { AccountPage } from './AccountPage';
import { ResetPasswordPage } from './ResetPasswordPage';
import { SignInPage } from './SignInPage';

/** Pages of accounts, administration and organisations; the router spreads them in. */
export const accountRoutes: RouteObject[] = [
  { path: 'sign-in', element: <SignInPage /> },
  { path: 'accept-invitation', element: <AcceptInvitationPage /> },
  { path: 'reset-password', element: <ResetPasswordPage /> },
  { path: 'account', element: <AccountPage /> },
  { path: 'admin/users', element: <UsersPage /> },
  { path: 'admin/outbox', element: <OutboxPage /> },
  { path: 'admin/audit', element: <AuditPage /> },
  { path: 'organisations', element: <OrganisationListPage /> },
  { path: 'organisations/new', element: <OrganisationEditPage /> },
  { path: 'organisations/:id', element: <OrganisationPage /> },
  { path: 'organisations/:id/edit', element: <OrganisationEditPage /> },
];
