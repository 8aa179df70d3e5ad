import { Button, type ButtonProps, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmOptions {
  /** What the reader is about to do ("Publish the agenda"). */
  title: string;
  /** What will happen, with numbers ("e-mails 42 delegates and locks 118 meetings"). */
  message: ReactNode;
  /** The confirming button's label ("Yes, publish"). */
  confirmLabel: string;
  /** Red confirm button: the action removes or cannot be undone. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel?: () => void;
}

/**
 * The one confirmation of the app for actions that cannot be undone (publishing an agenda,
 * marking a no-show, removing a result…): a Mantine modal (@mantine/modals) that says what will
 * happen, focuses Cancel first, closes on Escape and returns focus to the button that opened it.
 * Nothing is sent unless the reader confirms.
 */
export function useConfirm(): (options: ConfirmOptions) => void {
  const { t } = useTranslation();
  return ({ title, message, confirmLabel, danger = true, onConfirm, onCancel }) =>
    modals.openConfirmModal({
      title,
      centered: true,
      children: typeof message === 'string' ? <Text>{message}</Text> : message,
      labels: { confirm: confirmLabel, cancel: t('common.cancel') },
      confirmProps: { color: danger ? 'red' : undefined },
      cancelProps: { 'data-autofocus': true } as Record<string, unknown>,
      onConfirm,
      onCancel,
    });
}

/** A button that asks first (see useConfirm). */
export function ConfirmButton({
  children,
  busy = false,
  confirm,
  ...button
}: { children: ReactNode; busy?: boolean; confirm: ConfirmOptions } & Omit<ButtonProps, 'children'> & { 'aria-label'?: string }) {
  const ask = useConfirm();
  return (
    <Button type="button" {...button} loading={busy} onClick={() => ask(confirm)}>
      {children}
    </Button>
  );
}

/** Delete one named record, after the reader confirmed; `consequence` says what else goes with it. */
export function ConfirmDeleteButton({
  name,
  busy,
  onConfirm,
  consequence,
  label,
  size,
}: {
  name: string;
  busy: boolean;
  onConfirm: () => void;
  consequence?: string;
  /** The button's text when not "Delete" ("Remove"). */
  label?: string;
  size?: ButtonProps['size'];
}) {
  const { t } = useTranslation();
  const text = label ?? t('common.delete');
  return (
    <ConfirmButton
      color="red"
      variant="light"
      size={size}
      busy={busy}
      aria-label={`${text}: ${name}`}
      confirm={{
        title: `${text}: ${name}`,
        message: consequence ? `${consequence} ${t('common.confirmDelete', { name })}` : t('common.confirmDelete', { name }),
        confirmLabel: t('common.confirmDeleteYes'),
        onConfirm,
      }}
    >
      {busy ? t('common.deleting') : text}
    </ConfirmButton>
  );
}
