import type { RouteObject } from 'react-router-dom';
import { ImportPage } from './ImportPage';
import { PipelinePage } from './PipelinePage';

/** Pages of the matching pipeline and of imports; the router spreads them in. */
export const matchingRoutes: RouteObject[] = [
  { path: 'matches', element: <PipelinePage /> },
  { path: 'imports', element: <ImportPage /> },
];
