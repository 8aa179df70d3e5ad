import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import type { Language } from '../../shared/api/index';
import { cssVariablesResolver, theme } from '../app/theme';

/** Where the router is now (path and query), for tests that check a navigation or the URL state. */
let currentLocation = '';
function LocationProbe() {
  const location = useLocation();
  currentLocation = location.pathname + location.search;
  return null;
}

/**
 * Renders a component or page inside what the app gives it (app/App.tsx): Mantine with the app's
 * theme (in its test mode: no transitions, no portals), dates, modals, a fresh QueryClient that does
 * not retry, and a router at `route`. `path` is the route's pattern when the page reads params
 * (`/regions/:id/edit`). Texts come from the real catalogue in `language`.
 */
export async function renderWithApp(
  ui: ReactElement,
  { language = 'en', route = '/', path = '*' }: { language?: Language; route?: string; path?: string } = {},
) {
  await i18next.changeLanguage(language);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup();
  const result = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <DatesProvider settings={{ firstDayOfWeek: 1 }}>
        <QueryClientProvider client={queryClient}>
          <ModalsProvider>
            <MemoryRouter initialEntries={[route]}>
              <LocationProbe />
              <Routes>
                <Route path={path} element={ui} />
                {/* Any other address is where a save or a link led: nothing to show but the probe. */}
                {path !== '*' && <Route path="*" element={null} />}
              </Routes>
            </MemoryRouter>
          </ModalsProvider>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>,
  );
  return { ...result, user, location: () => currentLocation };
}
