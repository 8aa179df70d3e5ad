import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { languages } from '../../shared/api/index';
import { namespaces } from '../../shared/i18n/index';
import { initI18n } from '../i18n/index';
import { needTexts } from '../i18n/needed-texts';
import { loadTexts } from '../i18n/texts';

// Mantine's guide for Vitest shims matchMedia, ResizeObserver and scrollIntoView for jsdom; happy-dom
// has all three, and its matchMedia answers for a 1024 px wide window, so the tables' columns that
// show from a breakpoint up (`visibleMediaQuery`) are there as on a laptop.

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
