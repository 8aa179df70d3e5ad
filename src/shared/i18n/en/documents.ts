import type { Widen } from '../widen';

/**
 * Texts of the documents the server writes for a reader: a delegate's agenda (PDF, iCalendar) and
 * the organiser's table plan (PDF, XLSX), in the language of the person they are for.
 */
export const documents = {
  agenda: {
    kind: 'Agenda',
    draft: 'Agenda (draft: the organiser may still change it)',
    timesIn: 'Times in {{zone}}',
    break: 'Break',
    free: 'free',
    video: 'Video: {{url}}',
    interpreter: 'Interpreter: {{pair}}',
    meeting: 'Meeting: {{with}}',
  },
  place: {
    online: 'Online (video call)',
    table: 'Table {{table}}',
    tableInRoom: 'Table {{table}} ({{room}})',
  },
  tablePlan: {
    kind: 'Table plan',
    title: '{{event}} – table plan',
    noMeetings: 'no meetings',
    day: 'Day',
    start: 'Start ({{zone}})',
    end: 'End ({{zone}})',
    table: 'Table',
    room: 'Room',
    participants: 'Participants',
    interpreter: 'Interpreter',
    locked: 'Locked',
    yes: 'yes',
    online: 'online',
  },
  projectReport: {
    report: 'Project status report',
    status: 'Status',
    closed: 'Closed',
    phases: 'Phases and gates',
    gate: 'Gate',
    decided: 'decided',
    activities: 'Activities',
    overdue: 'Overdue deliverables',
    none: 'None',
    results: 'Results',
    indicator: 'Indicator',
    target: 'Target',
    actual: 'Actual',
    progress: 'Progress',
    nextGate: 'Next pending gate',
    dueBy: 'due by',
    generated: 'Generated on',
    reported: 'reported',
    tentative: 'tentative',
    recurring: 'recurring',
    projectStatus: { '1': 'Pipeline/identification', '2': 'Implementation', '3': 'Finalisation', '4': 'Closed', '5': 'Cancelled', '6': 'Suspended' },
    activityStatus: { planned: 'planned', 'in-progress': 'in progress', done: 'done', cancelled: 'cancelled' },
    gateStatus: { pending: 'pending', go: 'go', 'no-go': 'no-go' },
  },
} as const;
export type DocumentTexts = Widen<typeof documents>;
