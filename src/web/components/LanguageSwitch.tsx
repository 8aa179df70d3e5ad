import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages } from '../../shared/api/index';
import { chooseLanguage, useLanguage } from '../i18n/index';

/** Each language is named in itself, so a reader who cannot read the current UI still finds theirs. */
export const ownNames = { nl: 'Nederlands', en: 'English', zh: '中文' } as const;

/** The header's language menu: the current language on the button, the three named in themselves. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="white" size="compact-sm" lang={current} aria-label={`${t('language.label')}: ${ownNames[current]}`}>
          {ownNames[current]}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {languages.map((lang) => (
          <Menu.Item
            key={lang}
            lang={lang}
            aria-current={lang === current ? 'true' : undefined}
            fw={lang === current ? 700 : undefined}
            onClick={() => void chooseLanguage(lang)}
          >
            {ownNames[lang]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
