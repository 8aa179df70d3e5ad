import type { RouteObject } from 'react-router-dom';
import { page } from '../../app/lazy-routes';
import './projects.css';

/** Pages of cooperation projects; the router spreads them in. */
export const projectRoutes: RouteObject[] = [
  { path: 'projects', ...page(() => import('./ProjectListPage'), 'ProjectListPage') },
  { path: 'projects/new', ...page(() => import('./ProjectFormPage'), 'ProjectFormPage') },
  { path: 'projects/import', ...page(() => import('./IatiImportPage'), 'IatiImportPage') },
  { path: 'projects/:id', ...page(() => import('./ProjectPage'), 'ProjectPage') },
  { path: 'projects/:id/edit', ...page(() => import('./ProjectFormPage'), 'ProjectFormPage') },
];
