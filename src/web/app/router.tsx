import { createBrowserRouter } from 'react-router-dom';
import { accountRoutes } from '../features/accounts/routes';
import { eventRoutes } from '../features/events/routes';
import { followUpRoutes } from '../features/follow-up/routes';
import { HomePage } from '../features/home/HomePage';
import { matchingRoutes } from '../features/matching/routes';
import { notificationRoutes } from '../features/notifications/routes';
import { projectRoutes } from '../features/projects/routes';
import { thesaurusRoutes } from '../features/thesaurus/routes';
import { Layout } from './Layout';
import { PageError, PageFallback, PageOutlet, page } from './lazy-routes';

// Every page but the home page is a chunk of its own, fetched when first opened (decision 025):
// the shell (Layout) and the home page, where most visits start, are in the entry chunk, so the
// first view of `/` needs one round of requests, not two. Features list their pages in
// features/<area>/routes.tsx.
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        element: <PageOutlet />,
        HydrateFallback: PageFallback,
        errorElement: <PageError />,
        children: [
          { index: true, Component: HomePage },
          { path: 'map', ...page(() => import('../features/home/PublicHome'), 'PublicHome') },
          { path: 'regions', ...page(() => import('../features/regions/RegionListPage'), 'RegionListPage') },
          { path: 'regions/new', ...page(() => import('../features/regions/RegionFormPage'), 'RegionFormPage') },
          { path: 'regions/:id', ...page(() => import('../features/regions/RegionPage'), 'RegionPage') },
          { path: 'regions/:id/edit', ...page(() => import('../features/regions/RegionFormPage'), 'RegionFormPage') },
          { path: 'twinnings/new', ...page(() => import('../features/twinnings/TwinningFormPage'), 'TwinningFormPage') },
          { path: 'twinnings/:id/edit', ...page(() => import('../features/twinnings/TwinningFormPage'), 'TwinningFormPage') },
          { path: 'opportunities', ...page(() => import('../features/opportunities/OpportunityListPage'), 'OpportunityListPage') },
          { path: 'opportunities/new', ...page(() => import('../features/opportunities/OpportunityFormPage'), 'OpportunityFormPage') },
          { path: 'opportunities/:id', ...page(() => import('../features/opportunities/OpportunityDetailPage'), 'OpportunityDetailPage') },
          { path: 'opportunities/:id/edit', ...page(() => import('../features/opportunities/OpportunityFormPage'), 'OpportunityFormPage') },
          ...accountRoutes,
          ...projectRoutes,
          ...eventRoutes,
          ...followUpRoutes,
          ...notificationRoutes,
          ...matchingRoutes,
          ...thesaurusRoutes,
          { path: '*', ...page(() => import('./NotFoundPage'), 'NotFoundPage') },
        ],
      },
    ],
  },
]);
