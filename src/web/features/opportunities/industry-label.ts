import { useTranslation } from 'react-i18next';

/** Industry codes are open-ended: known ones are translated, others are shown as written. */
export function useIndustryLabel(): (code: string) => string {
  const { t, i18n } = useTranslation();
  return (code) => (i18n.exists(`industry.${code}`) ? t(`industry.${code}`) : code);
}
