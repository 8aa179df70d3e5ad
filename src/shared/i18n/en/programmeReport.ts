import type { Widen } from '../widen';

/** The programme report (namespace `programmeReport`): the web page, the PDF and the XLSX, and the names of the meeting-feedback answers it counts. */
export const programmeReport = {
  title: 'Programme report',
  period: 'Period',
  all: 'all',
  measure: 'Step',
  count: 'Number',
  events: 'Event outcomes',
  event: 'Event',
  meetings: 'Meetings',
  answered: 'Answered',
  agreed: 'Follow-ups agreed',
  region: 'Region',
  twinning: 'Twinning',
  theme: 'Theme',
  measures: {
    opportunitiesPublished: 'Opportunities published',
    matchesProposed: 'Matches proposed',
    interestsExpressed: 'Interests expressed',
    meetingsHeld: 'Meetings held',
    followUpsAgreed: 'Follow-ups agreed',
    agreementsSigned: 'Agreements signed',
    projectsStarted: 'Projects started',
  },
  answers: {
    'follow-up-agreed': 'Follow-up agreed',
    'interesting-not-now': 'Interesting, not now',
    'not-relevant': 'Not relevant',
    'did-not-take-place': 'Did not take place',
  },
} as const;

export type ProgrammeReportMessages = Widen<typeof programmeReport>;
