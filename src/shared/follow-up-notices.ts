// The notices of the follow-up loop, rendered in the app (web) and by e-mail (server) from the
// catalogue (notifications:followUp.*, mail:followUp.*), which interpolate the NoticeParams.
// Titles, names and messages are the users' own words and go in untranslated.
export type FollowUpNoticeKind = 'interest-expressed' | 'put-forward' | 'opportunity-alert' | 'opportunity-expiring' | 'opportunity-expired';
export const followUpNoticeKinds: readonly FollowUpNoticeKind[] = [
  'interest-expressed',
  'put-forward',
  'opportunity-alert',
  'opportunity-expiring',
  'opportunity-expired',
];
export type NoticeParams = { opportunityId: string; opportunityTitle: string; organisation?: string; message?: string; expiresOn?: string };
