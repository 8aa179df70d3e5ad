import i18next, { type TFunction } from 'i18next';
import { audit as enAudit } from './en/audit';
import { events as enEvents } from './en/events';
import { projects as enProjects } from './en/projects';
import { common as enCommon } from './en/common';
import { errors as enErrors } from './en/errors';
import { audit as nlAudit } from './nl/audit';
import { events as nlEvents } from './nl/events';
import { projects as nlProjects } from './nl/projects';
import { common as nlCommon } from './nl/common';
import { errors as nlErrors } from './nl/errors';
import { audit as zhAudit } from './zh/audit';
import { events as zhEvents } from './zh/events';
import { projects as zhProjects } from './zh/projects';
import { common as zhCommon } from './zh/common';
import { errors as zhErrors } from './zh/errors';

/**
 * THE translation catalogue of the web app and the server: one i18next namespace per feature,
 * one file per namespace and language under src/shared/i18n/<lang>/. English is the shape; nl and
 * zh are typed against it, and `npm run check:i18n` fails on a missing or unused key. How to add a
 * text: docs/architecture.md ("Texts and languages").
 */
export const catalogue = {
  nl: { common: nlCommon, errors: nlErrors, audit: nlAudit, events: nlEvents, projects: nlProjects },
  en: { common: enCommon, errors: enErrors, audit: enAudit, events: enEvents, projects: enProjects },
  zh: { common: zhCommon, errors: zhErrors, audit: zhAudit, events: zhEvents, projects: zhProjects },
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
