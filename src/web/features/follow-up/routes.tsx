import type { RouteObject } from 'react-router-dom';
import { page } from '../../app/lazy-routes';

/** Pages of the follow-up loop; the router spreads them in. */
export const followUpRoutes: RouteObject[] = [
  { path: 'follow-ups', ...page(() => import('./FollowUpsPage'), 'FollowUpsPage') },
  { path: 'follow-ups/report', ...page(() => import('./ReportPage'), 'ReportPage') },
  { path: 'events/:eventId/meetings/:requestId/feedback', ...page(() => import('./MeetingFeedbackPage'), 'MeetingFeedbackPage') },
];
