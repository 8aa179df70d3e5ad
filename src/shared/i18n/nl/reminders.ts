import type { ReminderTexts } from '../en/reminders';

export const reminders: ReminderTexts = {
  requestsWaiting: {
    subject_one: 'Een gespreksverzoek wacht op je antwoord: {{event}}',
    subject_other: '{{count}} gespreksverzoeken wachten op je antwoord: {{event}}',
    body_one: '{{from}} wil je spreken op {{event}}. Accepteer of weiger het verzoek vóór {{deadline}}: daarna vervallen onbeantwoorde verzoeken.',
    body_other:
      '{{count}} deelnemers willen je spreken op {{event}}: {{from}}. Accepteer of weiger de verzoeken vóór {{deadline}}: daarna vervallen onbeantwoorde verzoeken.',
  },
  noMeetingsYet: {
    subject: 'Je hebt nog geen gesprekken op {{event}}',
    body: 'Je hebt voor {{event}} nog geen gespreksverzoek verstuurd of ontvangen. Bekijk de andere deelnemers en stuur je verzoeken vóór {{deadline}}; daarna plant de organisator de gesprekken.',
  },
  meetingSoon: {
    subject: 'Je gesprek met {{with}} begint om {{time}}',
    atTable: 'Je gesprek met {{with}} op {{event}} begint om {{time}}, aan tafel {{table}}.',
    atTableInRoom: 'Je gesprek met {{with}} op {{event}} begint om {{time}}, aan tafel {{table}} ({{room}}).',
    online: 'Je gesprek met {{with}} op {{event}} begint om {{time}}, via videogesprek:',
  },
  open: {
    event: 'Open het evenement:',
    privateLink: 'Gebruik de persoonlijke link uit de e-mail van je aanmelding om verzoeken te beantwoorden, je agenda te zien of je aanmelding te wijzigen.',
  },
  optOut: {
    account:
      'Je ontvangt deze herinneringen omdat je deelneemt aan {{event}}. Wil je ze niet meer, zet dan "Herinneringen per e-mail" uit op de pagina van het evenement.',
    privateLink:
      'Je ontvangt deze herinneringen omdat je je hebt aangemeld voor {{event}}. Wil je ze niet meer, zet dan "Herinneringen per e-mail" uit op de pagina van je persoonlijke aanmeldlink.',
  },
};
