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
} as const;
export type DocumentTexts = Widen<typeof documents>;
