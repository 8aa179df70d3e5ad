import { Button, CopyButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Copy link": the page's address, for sharing a public record (a visitor can open it). */
export function ShareLink() {
  const { t } = useTranslation();
  return (
    <CopyButton value={window.location.href}>
      {({ copied, copy }) => (
        <Button variant="default" size="sm" onClick={copy} aria-live="polite">
          {copied ? t('myWork:share.copied') : t('myWork:share.copy')}
        </Button>
      )}
    </CopyButton>
  );
}
