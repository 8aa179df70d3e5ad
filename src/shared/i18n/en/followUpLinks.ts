import type { Widen } from '../widen';

/**
 * Texts of the follow-up loop's links between records (namespace `followUpLinks`): a project
 * started from a match or a meeting, tasks made from the records they are about, the programme
 * report's filters. The shape nl and zh must match.
 */
export const followUpLinks = {
  origins: {
    match: 'From the match <organisation>{{organisation}}</organisation> ↔ <opportunity>{{opportunity}}</opportunity>',
    meeting: 'From the meeting at <event>{{event}}</event>',
    signedOn: 'recorded on {{date}}',
  },
  lead: {
    startProject: 'Start a cooperation project',
    fromMatch: 'This project is started from the match {{organisation}} ↔ {{opportunity}}; the project page will show where it came from.',
    fromMeeting: 'This project is started from a meeting at {{event}}; the project page will show where it came from.',
  },
  task: {
    newTask: 'New task',
    title: 'New follow-up task',
    about: 'About',
    taskTitle: 'What needs to be done',
    dueOn: 'Due on',
    create: 'Create the task',
    created: 'The task is on your follow-ups.',
    aboutRecord: 'New task about {{name}}',
    close: 'Close',
    openFollowUps: 'Open my follow-ups',
  },
  actions: {
    interactions: 'Interactions…',
    menu: 'Actions for {{name}}',
  },
  report: {
    filters: 'Filters',
    period: 'Period',
    periodPlaceholder: 'Any day',
    region: 'Region',
    anyRegion: 'All regions',
    homeRegions: 'European regions',
    partnerRegions: 'Partner regions',
    twinning: 'Twinning',
    anyTwinning: 'All twinnings',
    theme: 'Theme',
    anyTheme: 'All themes',
    show: 'Show',
  },
} as const;

export type FollowUpLinksTexts = Widen<typeof followUpLinks>;
