import type { RouteObject } from 'react-router-dom';
import { EventListPage, EventPage } from './EventPages';

/** Pages of matchmaking events; the router spreads them in. */
export const eventRoutes: RouteObject[] = [
  { path: 'events', element: <EventListPage /> },
  { path: 'events/:id', element: <EventPage /> },
];
