import type { RouteObject } from 'react-router-dom';
import { ProjectListPage, ProjectPage } from './ProjectPages';

/** Pages of cooperation projects; the router spreads them in. */
export const projectRoutes: RouteObject[] = [
  { path: 'projects', element: <ProjectListPage /> },
  { path: 'projects/:id', element: <ProjectPage /> },
];
