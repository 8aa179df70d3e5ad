import type { FollowUpLinksTexts } from '../en/followUpLinks';

export const followUpLinks: FollowUpLinksTexts = {
  origins: {
    match: 'Uit de match <organisation>{{organisation}}</organisation> ↔ <opportunity>{{opportunity}}</opportunity>',
    meeting: 'Uit het gesprek op <event>{{event}}</event>',
    signedOn: 'vastgelegd op {{date}}',
  },
  lead: {
    startProject: 'Start een samenwerkingsproject',
    fromMatch: 'Dit project start uit de match {{organisation}} ↔ {{opportunity}}; de projectpagina laat zien waar het vandaan komt.',
    fromMeeting: 'Dit project start uit een gesprek op {{event}}; de projectpagina laat zien waar het vandaan komt.',
  },
  task: {
    newTask: 'Nieuwe taak',
    title: 'Nieuwe opvolgtaak',
    about: 'Over',
    taskTitle: 'Wat moet er gebeuren',
    dueOn: 'Uiterlijk op',
    create: 'Maak de taak',
    created: 'De taak staat bij je opvolgingen.',
    aboutRecord: 'Nieuwe taak over {{name}}',
    close: 'Sluiten',
    openFollowUps: 'Open mijn opvolgingen',
  },
  actions: {
    interactions: 'Contacten…',
    menu: 'Acties voor {{name}}',
  },
  report: {
    filters: 'Filters',
    period: 'Periode',
    periodPlaceholder: 'Elke dag',
    region: 'Regio',
    anyRegion: 'Alle regio’s',
    homeRegions: 'Europese regio’s',
    partnerRegions: 'Partnerregio’s',
    twinning: 'Partnerschap',
    anyTwinning: 'Alle partnerschappen',
    theme: 'Thema',
    anyTheme: 'Alle thema’s',
    show: 'Toon',
  },
};
