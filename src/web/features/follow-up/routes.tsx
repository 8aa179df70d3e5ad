import type { RouteObject } from 'react-router-dom';
import { FollowUpsPage } from './FollowUpsPage';
import { MeetingFeedbackPage } from './MeetingFeedbackPage';
import { ReportPage } from './ReportPage';

/** Pages of the follow-up loop; the router spreads them in. */
export const followUpRoutes: RouteObject[] = [
  { path: 'follow-ups', element: <FollowUpsPage /> },
  { path: 'follow-ups/report', element: <ReportPage /> },
  { path: 'events/:eventId/meetings/:requestId/feedback', element: <MeetingFeedbackPage /> },
];
