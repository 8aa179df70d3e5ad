import type { ProjectMessages } from '../en/projects';

export const projects: ProjectMessages = {
  confirm: {
    removeTitle: '“{{name}}” verwijderen?',
    remove: 'De geschiedenis van het project bewaart deze wijziging, maar het onderdeel verdwijnt uit het project, de rapporten en het IATI-bestand.',
    removeYes: 'Ja, verwijderen',
    resultConsequence_one: 'De indicator en {{periods}} rapportageperiode(s), met de gerapporteerde waarden, verdwijnen mee.',
    resultConsequence_other: 'De {{count}} indicatoren en {{periods}} rapportageperiode(s), met de gerapporteerde waarden, verdwijnen mee.',
    deleteDocumentTitle: 'Het document “{{name}}” verwijderen?',
    deleteDocument: 'Het opgeslagen bestand wordt ook verwijderd; dit kan niet ongedaan worden gemaakt.',
  },
};
