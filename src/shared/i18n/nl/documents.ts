import type { DocumentTexts } from '../en/documents';

export const documents: DocumentTexts = {
  agenda: {
    kind: 'Agenda',
    draft: 'Agenda (concept: de organisator kan hem nog wijzigen)',
    timesIn: 'Tijden in {{zone}}',
    break: 'Pauze',
    free: 'vrij',
    video: 'Video: {{url}}',
    interpreter: 'Tolk: {{pair}}',
    meeting: 'Gesprek: {{with}}',
  },
  place: {
    online: 'Online (videogesprek)',
    table: 'Tafel {{table}}',
    tableInRoom: 'Tafel {{table}} ({{room}})',
  },
  tablePlan: {
    kind: 'Tafelindeling',
    title: '{{event}} – tafelindeling',
    noMeetings: 'geen gesprekken',
    day: 'Dag',
    start: 'Begin ({{zone}})',
    end: 'Einde ({{zone}})',
    table: 'Tafel',
    room: 'Zaal',
    participants: 'Deelnemers',
    interpreter: 'Tolk',
    locked: 'Vastgezet',
    yes: 'ja',
    online: 'online',
  },
};
