import type { EventMessages } from '../en/events';

export const events: EventMessages = {
  confirm: {
    publishTitle: 'De agenda publiceren?',
    publish_one: 'Dit publiceert de agenda, zet de {{meetings}} geplande gesprekken vast en mailt {{count}} deelnemer de agenda. Verzonden e-mails kunnen niet worden teruggehaald.',
    publish_other: 'Dit publiceert de agenda, zet de {{meetings}} geplande gesprekken vast en mailt {{count}} deelnemers hun agenda. Verzonden e-mails kunnen niet worden teruggehaald.',
    publishYes: 'Ja, publiceren en mailen',
    noShowTitle: '{{name}} als niet verschenen markeren?',
    noShow_one: 'Dit schrapt {{count}} komend gesprek; de gesprekspartner krijgt bericht. Gesprekken die al plaatsvonden, blijven bewaard.',
    noShow_other: 'Dit schrapt {{count}} komende gesprekken; de gesprekspartners krijgen bericht. Gesprekken die al plaatsvonden, blijven bewaard.',
    noShowNone: 'Er zijn geen komende gesprekken; de deelnemer telt als niet verschenen.',
    noShowYes: 'Ja, niet verschenen',
  },
};
