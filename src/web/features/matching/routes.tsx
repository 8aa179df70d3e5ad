import type { RouteObject } from 'react-router-dom';
import { page } from '../../app/lazy-routes';

/** Pages of the matching pipeline and of imports; the router spreads them in. */
export const matchingRoutes: RouteObject[] = [
  { path: 'matches', ...page(() => import('./PipelinePage'), 'PipelinePage') },
  { path: 'imports', ...page(() => import('./ImportPage'), 'ImportPage') },
];
