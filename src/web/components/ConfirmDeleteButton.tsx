import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Delete with a confirmation step. A modal <dialog> keeps focus inside, closes on Escape and
 * returns focus to the button, so it works by keyboard alone.
 */
export function ConfirmDeleteButton({ name, busy, onConfirm }: { name: string; busy: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="danger" onClick={() => dialog.current?.showModal()} disabled={busy}>
        {busy ? t('common.deleting') : t('common.delete')}
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby="confirm-delete-text">
        <p id="confirm-delete-text">{t('common.confirmDelete', { name })}</p>
        <div className="form-actions">
          <button type="button" onClick={() => dialog.current?.close()} autoFocus>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {t('common.confirmDeleteYes')}
          </button>
        </div>
      </dialog>
    </>
  );
}
