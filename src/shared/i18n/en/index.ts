// Every namespace of the catalogue in English: the server loads all three languages, the web only
// the reader's (src/web/i18n), so the language is one chunk of the bundle of its own.
import { accounts } from './accounts';
import { audit } from './audit';
import { common } from './common';
import { documents } from './documents';
import { errors } from './errors';
import { eventParticipants } from './eventParticipants';
import { eventRegistration } from './eventRegistration';
import { events } from './events';
import { followUp } from './followUp';
import { followUpLinks } from './followUpLinks';
import { mail } from './mail';
import { matching } from './matching';
import { myWork } from './myWork';
import { notifications } from './notifications';
import { organisations } from './organisations';
import { programmeReport } from './programmeReport';
import { projects } from './projects';
import { reminders } from './reminders';
import { thesaurus } from './thesaurus';

export const en = {
  common,
  errors,
  accounts,
  audit,
  documents,
  eventParticipants,
  eventRegistration,
  events,
  followUp,
  followUpLinks,
  mail,
  matching,
  myWork,
  notifications,
  organisations,
  programmeReport,
  projects,
  reminders,
  thesaurus,
};
