import i18next, { type TFunction } from 'i18next';
import { accounts as enAccounts } from './en/accounts';
import { audit as enAudit } from './en/audit';
import { common as enCommon } from './en/common';
import { documents as enDocuments } from './en/documents';
import { errors as enErrors } from './en/errors';
import { eventRegistration as enEventRegistration } from './en/eventRegistration';
import { events as enEvents } from './en/events';
import { followUp as enFollowUp } from './en/followUp';
import { followUpLinks as enFollowUpLinks } from './en/followUpLinks';
import { mail as enMail } from './en/mail';
import { matching as enMatching } from './en/matching';
import { myWork as enMyWork } from './en/myWork';
import { notifications as enNotifications } from './en/notifications';
import { organisations as enOrganisations } from './en/organisations';
import { programmeReport as enProgrammeReport } from './en/programmeReport';
import { projects as enProjects } from './en/projects';
import { reminders as enReminders } from './en/reminders';
import { thesaurus as enThesaurus } from './en/thesaurus';
import { accounts as nlAccounts } from './nl/accounts';
import { audit as nlAudit } from './nl/audit';
import { common as nlCommon } from './nl/common';
import { documents as nlDocuments } from './nl/documents';
import { errors as nlErrors } from './nl/errors';
import { eventRegistration as nlEventRegistration } from './nl/eventRegistration';
import { events as nlEvents } from './nl/events';
import { followUp as nlFollowUp } from './nl/followUp';
import { followUpLinks as nlFollowUpLinks } from './nl/followUpLinks';
import { mail as nlMail } from './nl/mail';
import { matching as nlMatching } from './nl/matching';
import { myWork as nlMyWork } from './nl/myWork';
import { notifications as nlNotifications } from './nl/notifications';
import { organisations as nlOrganisations } from './nl/organisations';
import { programmeReport as nlProgrammeReport } from './nl/programmeReport';
import { projects as nlProjects } from './nl/projects';
import { reminders as nlReminders } from './nl/reminders';
import { thesaurus as nlThesaurus } from './nl/thesaurus';
import { accounts as zhAccounts } from './zh/accounts';
import { audit as zhAudit } from './zh/audit';
import { common as zhCommon } from './zh/common';
import { documents as zhDocuments } from './zh/documents';
import { errors as zhErrors } from './zh/errors';
import { eventRegistration as zhEventRegistration } from './zh/eventRegistration';
import { events as zhEvents } from './zh/events';
import { followUp as zhFollowUp } from './zh/followUp';
import { followUpLinks as zhFollowUpLinks } from './zh/followUpLinks';
import { mail as zhMail } from './zh/mail';
import { matching as zhMatching } from './zh/matching';
import { myWork as zhMyWork } from './zh/myWork';
import { notifications as zhNotifications } from './zh/notifications';
import { organisations as zhOrganisations } from './zh/organisations';
import { programmeReport as zhProgrammeReport } from './zh/programmeReport';
import { projects as zhProjects } from './zh/projects';
import { reminders as zhReminders } from './zh/reminders';
import { thesaurus as zhThesaurus } from './zh/thesaurus';

/**
 * THE translation catalogue of the web app and the server: one i18next namespace per feature,
 * one file per namespace and language under src/shared/i18n/<lang>/. English is the shape; nl and
 * zh are typed against it, and `npm run check:i18n` fails on a missing or unused key. How to add a
 * text: docs/architecture.md ("Texts and languages").
 */
export const catalogue = {
  nl: { common: nlCommon, errors: nlErrors, accounts: nlAccounts, audit: nlAudit, documents: nlDocuments, eventRegistration: nlEventRegistration, events: nlEvents, followUp: nlFollowUp, followUpLinks: nlFollowUpLinks, mail: nlMail, matching: nlMatching, myWork: nlMyWork, notifications: nlNotifications, organisations: nlOrganisations, programmeReport: nlProgrammeReport, projects: nlProjects, reminders: nlReminders, thesaurus: nlThesaurus },
  en: { common: enCommon, errors: enErrors, accounts: enAccounts, audit: enAudit, documents: enDocuments, eventRegistration: enEventRegistration, events: enEvents, followUp: enFollowUp, followUpLinks: enFollowUpLinks, mail: enMail, matching: enMatching, myWork: enMyWork, notifications: enNotifications, organisations: enOrganisations, programmeReport: enProgrammeReport, projects: enProjects, reminders: enReminders, thesaurus: enThesaurus },
  zh: { common: zhCommon, errors: zhErrors, accounts: zhAccounts, audit: zhAudit, documents: zhDocuments, eventRegistration: zhEventRegistration, events: zhEvents, followUp: zhFollowUp, followUpLinks: zhFollowUpLinks, mail: zhMail, matching: zhMatching, myWork: zhMyWork, notifications: zhNotifications, organisations: zhOrganisations, programmeReport: zhProgrammeReport, projects: zhProjects, reminders: zhReminders, thesaurus: zhThesaurus },
} as const;

export type CatalogueLanguage = keyof typeof catalogue;
export type Namespace = keyof (typeof catalogue)['en'];
export const namespaces = Object.keys(catalogue.en) as Namespace[];
export const defaultNamespace = 'common' satisfies Namespace;

/** The options both the web and the server give i18next. */
export const i18nextOptions = {
  fallbackLng: 'en',
  supportedLngs: Object.keys(catalogue),
  ns: namespaces,
  defaultNS: defaultNamespace,
  resources: catalogue,
  // React escapes what it renders, and e-mails/PDFs are not HTML: i18next must not escape.
  interpolation: { escapeValue: false },
};

let serverInstance: Promise<typeof i18next> | null = null;

/**
 * The catalogue's translate function for one language, for code that runs outside React (the
 * server's e-mails, PDFs, notifications). One i18next instance per process, initialised once.
 */
export async function translatorFor(lang: CatalogueLanguage, namespace: Namespace = defaultNamespace): Promise<TFunction> {
  serverInstance ??= (async () => {
    const instance = i18next.createInstance();
    await instance.init({ ...i18nextOptions, lng: 'en', initAsync: false });
    return instance;
  })();
  return (await serverInstance).getFixedT(lang, namespace);
}

/** The Intl locale a language's dates, times and numbers are written in (documents, e-mails). */
export const intlLocale: Record<CatalogueLanguage, string> = { nl: 'nl-NL', en: 'en-GB', zh: 'zh-CN' };

/** A language of the catalogue, or English for anything else (a missing or foreign code). */
export const catalogueLanguage = (lang: string | null | undefined): CatalogueLanguage =>
  lang && Object.hasOwn(catalogue, lang) ? (lang as CatalogueLanguage) : 'en';
