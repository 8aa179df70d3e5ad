import i18next, { type TFunction } from 'i18next';
import { baseI18nextOptions } from './base-options';
import { en } from './en/index';
import { nl } from './nl/index';
import { zh } from './zh/index';

/**
 * THE translation catalogue of the web app and the server: one i18next namespace per feature,
 * one file per namespace and language under src/shared/i18n/<lang>/. English is the shape; nl and
 * zh are typed against it, and `npm run check:i18n` fails on a missing or unused key. How to add a
 * text: docs/architecture.md ("Texts and languages").
 */
export const catalogue = { nl, en, zh } as const;

export type CatalogueLanguage = keyof typeof catalogue;
export type Namespace = keyof (typeof catalogue)['en'];
export const namespaces = Object.keys(catalogue.en) as Namespace[];
export const defaultNamespace = 'common' satisfies Namespace;

/** The server's i18next options: every language and namespace at hand. */
export const i18nextOptions = { ...baseI18nextOptions, ns: namespaces, resources: catalogue };

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
