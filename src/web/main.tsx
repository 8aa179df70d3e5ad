import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n/index';
import 'dayjs/locale/nl';
import 'dayjs/locale/zh-cn';
// Cascade layers first (legacy below Mantine), then Mantine's layered styles, then ours.
import './app/layers.css';
import '@mantine/core/styles.layer.css';
import '@mantine/notifications/styles.layer.css';
// The styles of @mantine/dates, @mantine/charts and mantine-datatable come with the pages that use
// them (vite.config.ts, stylesWithLibraries).
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void initI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
