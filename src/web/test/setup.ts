import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { languages } from '../../shared/api/index';
import { namespaces } from '../../shared/i18n/index';
import { initI18n } from '../i18n/index';
import { needTexts } from '../i18n/needed-texts';
import { loadTexts } from '../i18n/texts';

// What a DOM without layout lacks and Mantine uses (Mantine's "Testing with Vitest" guide):
// media queries, element resizing and scrolling an option into view.
window.matchMedia = (query: string): MediaQueryList =>
  Object.assign(new EventTarget(), {
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
  });
window.ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
Element.prototype.scrollIntoView = () => undefined;

// The app's own i18next set-up with every namespace of every language loaded up front: the build
// plugin that asks for a page's namespaces (decision 025) does not run under vitest.
beforeAll(async () => {
  needTexts(namespaces);
  await initI18n();
  for (const language of languages) await loadTexts(language);
});

afterEach(() => {
  cleanup();
});
