import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { useNotifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, lazy, useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { useLanguage } from '../i18n/index';
import { isTransientFailure } from '../lib/api-client';
import { router } from './router';
import { cssVariablesResolver, styleNonce, theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 404 or 400 will not change on retry; only transient failures are worth a second try.
      retry: (failureCount, error) => failureCount < 2 && isTransientFailure(error),
    },
  },
});

// The toast container (with its animations and styles) is fetched when the first toast is shown:
// most visits show none, and it is not part of the first load (decision 025).
const Toasts = lazy(() => import('./Toasts').then((m) => ({ default: m.Toasts })));

function ToastsWhenNeeded() {
  const { notifications, queue } = useNotifications();
  const [shown, setShown] = useState(false);
  if (!shown && notifications.length + queue.length > 0) setShown(true);
  return shown ? (
    <Suspense>
      <Toasts />
    </Suspense>
  ) : null;
}

/** dayjs locale names of the UI languages (loaded in main.tsx), for the date pickers. */
const dateLocales = { nl: 'nl', en: 'en', zh: 'zh-cn' } as const;

export function App() {
  const language = useLanguage();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} getStyleNonce={styleNonce} defaultColorScheme="light">
      <DatesProvider settings={{ locale: dateLocales[language], firstDayOfWeek: 1 }}>
        <QueryClientProvider client={queryClient}>
          <ModalsProvider>
            <ToastsWhenNeeded />
            <RouterProvider router={router} />
          </ModalsProvider>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
