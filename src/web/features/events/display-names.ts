import { useLanguage } from '../../i18n/index';

/** Names of countries and languages in the UI language, from the browser (no codes on screen). */
export function useDisplayNames() {
  const lang = useLanguage();
  const region = new Intl.DisplayNames([lang], { type: 'region' });
  const language = new Intl.DisplayNames([lang], { type: 'language' });
  return { country: (code: string) => region.of(code) ?? code, language: (code: string) => language.of(code) ?? code };
}

/** Countries offered in the registration form: the programme's partner countries first. */
export const registrationCountries = ['CN', 'NL', 'BE', 'DE', 'FR', 'GB', 'DK', 'SE', 'NO', 'FI', 'ES', 'IT', 'AT', 'CH', 'PL', 'US', 'CA', 'JP', 'KR', 'SG', 'HK', 'TW', 'AU', 'IN'] as const;
