import './events.css';
import type { RouteObject } from 'react-router-dom';
import { CheckInPage } from './CheckInPage';
import { EventDashboardPage } from './EventDashboardPage';
import { EventFormPage } from './EventFormPage';
import { EventGridPage } from './EventGridPage';
import { EventListPage } from './EventListPage';
import { EventPage } from './EventPage';
import { ManageRegistrationPage } from './ManageRegistrationPage';
import { PublicRegistrationPage } from './PublicRegistrationPage';
import { RegistrationEditPage } from './RegistrationEditPage';

/** Pages of matchmaking events; the router spreads them in. */
export const eventRoutes: RouteObject[] = [
  { path: 'events', element: <EventListPage /> },
  { path: 'events/new', element: <EventFormPage /> },
  { path: 'events/join/:token', element: <PublicRegistrationPage /> },
  { path: 'events/registration/:token', element: <ManageRegistrationPage /> },
  { path: 'events/:id', element: <EventPage /> },
  { path: 'events/:id/edit', element: <EventFormPage /> },
  { path: 'events/:id/dashboard', element: <EventDashboardPage /> },
  { path: 'events/:id/grid', element: <EventGridPage /> },
  { path: 'events/:id/check-in', element: <CheckInPage /> },
  { path: 'events/:id/registrations/:registrationId/edit', element: <RegistrationEditPage /> },
];
