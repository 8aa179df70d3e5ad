import './events.css';
import type { RouteObject } from 'react-router-dom';
import { page } from '../../app/lazy-routes';

/** Pages of matchmaking events; the router spreads them in. */
export const eventRoutes: RouteObject[] = [
  { path: 'events', ...page(() => import('./EventListPage'), 'EventListPage') },
  { path: 'events/new', ...page(() => import('./EventFormPage'), 'EventFormPage') },
  { path: 'events/join/:token', ...page(() => import('./PublicRegistrationPage'), 'PublicRegistrationPage') },
  { path: 'events/registration/:token', ...page(() => import('./ManageRegistrationPage'), 'ManageRegistrationPage') },
  { path: 'events/:id', ...page(() => import('./EventPage'), 'EventPage') },
  { path: 'events/:id/edit', ...page(() => import('./EventFormPage'), 'EventFormPage') },
  { path: 'events/:id/dashboard', ...page(() => import('./EventDashboardPage'), 'EventDashboardPage') },
  { path: 'events/:id/grid', ...page(() => import('./EventGridPage'), 'EventGridPage') },
  { path: 'events/:id/participants/import', ...page(() => import('./ParticipantImportPage'), 'ParticipantImportPage') },
  { path: 'events/:id/check-in', ...page(() => import('./CheckInPage'), 'CheckInPage') },
  { path: 'events/:id/registrations/:registrationId/edit', ...page(() => import('./RegistrationEditPage'), 'RegistrationEditPage') },
];
