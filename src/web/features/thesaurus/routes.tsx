import type { RouteObject } from 'react-router-dom';
import { page } from '../../app/lazy-routes';

/** Browsing the thesaurus (everyone) and editing it (admins); the router spreads them in. */
export const thesaurusRoutes: RouteObject[] = [
  { path: 'thesaurus', ...page(() => import('./ThesaurusPage'), 'ThesaurusPage') },
  { path: 'thesaurus/:id', ...page(() => import('./ThesaurusPage'), 'ThesaurusPage') },
];
