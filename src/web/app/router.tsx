import { createBrowserRouter } from 'react-router-dom';
import { accountRoutes } from '../features/accounts/routes';
import { HomePage } from '../features/home/HomePage';
import { PublicHome } from '../features/home/PublicHome';
import { OpportunityDetailPage } from '../features/opportunities/OpportunityDetailPage';
import { OpportunityFormPage } from '../features/opportunities/OpportunityFormPage';
import { OpportunityListPage } from '../features/opportunities/OpportunityListPage';
import { eventRoutes } from '../features/events/routes';
import { followUpRoutes } from '../features/follow-up/routes';
import { matchingRoutes } from '../features/matching/routes';
import { notificationRoutes } from '../features/notifications/routes';
import { thesaurusRoutes } from '../features/thesaurus/routes';
import { projectRoutes } from '../features/projects/routes';
import { RegionFormPage } from '../features/regions/RegionFormPage';
import { RegionListPage } from '../features/regions/RegionListPage';
import { RegionPage } from '../features/regions/RegionPage';
import { TwinningFormPage } from '../features/twinnings/TwinningFormPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

// Sign-in, organisations, matching, projects and events will add their routes here.
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'map', element: <PublicHome /> },
      { path: 'regions', element: <RegionListPage /> },
      { path: 'regions/new', element: <RegionFormPage /> },
      { path: 'regions/:id', element: <RegionPage /> },
      { path: 'regions/:id/edit', element: <RegionFormPage /> },
      { path: 'twinnings/new', element: <TwinningFormPage /> },
      { path: 'twinnings/:id/edit', element: <TwinningFormPage /> },
      { path: 'opportunities', element: <OpportunityListPage /> },
      { path: 'opportunities/new', element: <OpportunityFormPage /> },
      { path: 'opportunities/:id', element: <OpportunityDetailPage /> },
      { path: 'opportunities/:id/edit', element: <OpportunityFormPage /> },
      ...accountRoutes,
      ...projectRoutes,
      ...eventRoutes,
      ...followUpRoutes,
      ...notificationRoutes,
      ...matchingRoutes,
      ...thesaurusRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
