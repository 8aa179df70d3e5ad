import type { ProgrammeReportMessages } from '../en/programmeReport';

export const programmeReport: ProgrammeReportMessages = {
  title: 'Programmarapport',
  period: 'Periode',
  all: 'alle',
  measure: 'Stap',
  count: 'Aantal',
  events: 'Resultaten van evenementen',
  event: 'Evenement',
  meetings: 'Gesprekken',
  answered: 'Beantwoord',
  agreed: 'Opvolging afgesproken',
  region: 'Regio',
  twinning: 'Partnerschap',
  theme: 'Thema',
  measures: {
    opportunitiesPublished: 'Gepubliceerde kansen',
    matchesProposed: 'Voorgestelde matches',
    interestsExpressed: 'Getoonde interesse',
    meetingsHeld: 'Gehouden gesprekken',
    followUpsAgreed: 'Afgesproken opvolging',
    agreementsSigned: 'Getekende overeenkomsten',
    projectsStarted: 'Gestarte projecten',
  },
  answers: {
    'follow-up-agreed': 'Opvolging afgesproken',
    'interesting-not-now': 'Interessant, niet nu',
    'not-relevant': 'Niet relevant',
    'did-not-take-place': 'Niet doorgegaan',
  },
};
