import i18next from 'i18next';
import type { Language } from '../../shared/api/index';
import { neededTexts } from './needed-texts';
import { asLanguage } from '../../shared/i18n/negotiate';

/**
 * The catalogue's namespaces travel with the code that uses them (decision 025): every module of
 * ours that writes a key `'<namespace>:…'` calls `needTexts` when it is evaluated (needed-texts.ts),
 * so the first load brings only the namespaces of the shell
 * and the home page, and a page's chunk brings the namespaces of that page. `loadTexts` fetches,
 * for one language, every namespace asked for so far; the router awaits it after a page's chunk
 * (app/lazy-routes.tsx), the start-up before the first render, a language switch before switching.
 */
const files = import.meta.glob<Record<string, object>>(['../../shared/i18n/*/*.ts', '!../../shared/i18n/*/index.ts']);

const loading = new Map<string, Promise<void>>();

function loadNamespace(lang: Language, namespace: string): Promise<void> {
  const key = `${lang}/${namespace}`;
  let done = loading.get(key);
  if (!done) {
    const file = files[`../../shared/i18n/${key}.ts`];
    if (!file) throw new Error(`no namespace ${key} in the catalogue`);
    done = file().then((module) => {
      i18next.addResourceBundle(lang, namespace, module[namespace]!);
    });
    loading.set(key, done);
  }
  return done;
}

/** Every namespace needed so far, in `lang`: most are already there, the rest are fetched together. */
export async function loadTexts(lang: Language): Promise<void> {
  await Promise.all([...neededTexts].map((namespace) => loadNamespace(lang, namespace)));
}

/** After a page's chunk: its namespaces in the language the reader reads now. */
export function loadTextsOfCurrentLanguage(): Promise<void> {
  return loadTexts(asLanguage(i18next.language) ?? 'en');
}
