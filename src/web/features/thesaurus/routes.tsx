import type { RouteObject } from 'react-router-dom';
import { ThesaurusPage } from './ThesaurusPage';

/** Browsing the thesaurus (everyone) and editing it (admins); the router spreads them in. */
export const thesaurusRoutes: RouteObject[] = [
  { path: 'thesaurus', element: <ThesaurusPage /> },
  { path: 'thesaurus/:id', element: <ThesaurusPage /> },
];
