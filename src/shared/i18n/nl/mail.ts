import type { MailTexts } from '../en/mail';

export const mail: MailTexts = {
  account: {
    greeting: 'Beste {{name}},',
    role: { member: 'lid van een organisatie', 'partner-official': 'partnerfunctionaris', 'programme-manager': 'programmamanager', admin: 'beheerder' },
    invitationSubject: 'Uitnodiging voor Cleantech Bridge',
    invitationBody: 'Je bent uitgenodigd voor Cleantech Bridge als {{role}}.',
    invitationLink: 'Kies binnen zeven dagen je wachtwoord via:',
    resetSubject: 'Cleantech Bridge: stel je wachtwoord opnieuw in',
    resetBody: 'Iemand (hopelijk jij) heeft gevraagd het wachtwoord van je Cleantech Bridge-account opnieuw in te stellen.',
    resetLink: 'Kies binnen een uur een nieuw wachtwoord via:',
    resetIgnore: 'Heb je dit niet gevraagd? Negeer dan dit bericht; je wachtwoord blijft zoals het is.',
  },
  event: {
    requestReceived: 'Gespreksverzoek van {{name}}',
    answer: {
      accepted: 'Gespreksverzoek geaccepteerd door {{name}}',
      declined: 'Gespreksverzoek afgewezen door {{name}}',
      mutual: 'Gesprek geaccepteerd: {{name}}',
    },
    agendaPublished: 'Je agenda voor {{event}}',
    agendaChanged: 'Je agenda voor {{event}} is gewijzigd',
    openRequest: 'Open het verzoek:',
    openAgenda: 'Open je agenda:',
  },
  registration: {
    greeting: 'Beste {{name}},',
    subject: {
      registered: 'U bent ingeschreven voor {{event}}',
      'pending-approval': 'Uw inschrijving voor {{event}} wacht op goedkeuring',
      waitlisted: 'U staat op de wachtlijst van {{event}}',
      promoted: 'Er kwam een plaats vrij: u bent ingeschreven voor {{event}}',
      approved: 'Uw inschrijving voor {{event}} is goedgekeurd',
      cancelled: 'Uw inschrijving voor {{event}} is geannuleerd',
    },
    manage: 'Wijzig uw profiel en beschikbaarheid, of annuleer, met uw persoonlijke link (deel hem niet):',
  },
  followUp: {
    subject: {
      'interest-expressed': 'Interesse in {{opportunityTitle}}',
      'put-forward': '{{organisation}} voorgedragen voor {{opportunityTitle}}',
      'opportunity-alert': 'Nieuwe kans: {{opportunityTitle}}',
      'opportunity-expiring': 'Verloopt binnenkort: {{opportunityTitle}}',
      'opportunity-expired': 'Verlopen: {{opportunityTitle}}',
    },
    openOpportunity: 'Open de kans:',
    digestSubject: 'Je opvolgacties: {{due}} te doen',
    digestIntro: 'Deze opvolgacties zijn vandaag of eerder verlopen:',
    overdue: 'te laat sinds {{date}}',
    dueToday: 'vandaag',
    openTasks: 'Open je opvolgacties:',
  },
};
