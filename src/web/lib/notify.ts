import { notifications } from '@mantine/notifications';

/** A short toast after a successful save; failures stay on the form (see `formatApiError`). */
export function notifySaved(message: string): void {
  notifications.show({ message, color: 'teal', autoClose: 4000 });
}

/** A toast for a failure that has no form to show it on (a list action, a background change). */
export function notifyFailed(title: string, message: string): void {
  notifications.show({ title, message, color: 'red', autoClose: 8000 });
}
