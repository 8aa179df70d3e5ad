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
};
