import type { RouteObject } from 'react-router-dom';
import { IatiImportPage } from './IatiImportPage';
import { ProjectFormPage } from './ProjectFormPage';
import { ProjectListPage } from './ProjectListPage';
import { ProjectPage } from './ProjectPage';
import './projects.css';

/** Pages of cooperation projects; the router spreads them in. */
export const projectRoutes: RouteObject[] = [
  { path: 'projects', element: <ProjectListPage /> },
  { path: 'projects/new', element: <ProjectFormPage /> },
  { path: 'projects/import', element: <IatiImportPage /> },
  { path: 'projects/:id', element: <ProjectPage /> },
  { path: 'projects/:id/edit', element: <ProjectFormPage /> },
];
