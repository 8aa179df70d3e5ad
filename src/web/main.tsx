// Mantine's base styles before any component's: each Mantine component's styles come with the
// chunk that holds the component (vite.config.ts, mantineStylesWithComponents). The order of the
// cascade layers is declared in index.html.
import '@mantine/core/styles/baseline.layer.css';
import '@mantine/core/styles/default-css-variables.layer.css';
import '@mantine/core/styles/global.layer.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { styleNonce } from './app/theme';
import { initI18n } from './i18n/index';
import 'dayjs/locale/nl';
import 'dayjs/locale/zh-cn';
// The styles of @mantine/dates, @mantine/charts and mantine-datatable come with the pages that use
// them (vite.config.ts, stylesWithLibraries), those of the toasts with the toasts (app/Toasts.tsx).
import './styles.css';

// Mantine's modals and drawers lock scrolling with react-remove-scroll, which adds a <style> tag
// carrying the nonce that get-nonce finds under this global name (webpack's); without it the
// strict CSP blocks the style.
(globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = styleNonce();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void initI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
