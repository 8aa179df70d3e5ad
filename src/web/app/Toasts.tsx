import { Notifications } from '@mantine/notifications';
import '@mantine/notifications/styles.layer.css';

/** Mantine's toast container with its styles: a chunk fetched when the first toast is shown (App.tsx). */
export function Toasts() {
  return <Notifications position="top-right" />;
}
