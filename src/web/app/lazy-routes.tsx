import { Button, Loader, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ComponentType, type ReactNode, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigation, type RouteObject } from 'react-router-dom';
import { LoadingSkeleton } from '../components/QueryView';
import { loadTextsOfCurrentLanguage } from '../i18n/texts';

/**
 * A page the router fetches the first time someone opens it: `...page(() => import('./XPage'), 'XPage')`.
 * Vite makes a chunk of each such import, so the first visit loads only the shell and the page it
 * shows (decision 025). The router fetches the chunk while it matches the URL and keeps the
 * previous page on screen until the new one can render; and it fetches the catalogue's namespaces
 * the chunk asked for (i18n/texts.ts) before the page renders, so a page never shows a raw key.
 */
export function page<M, K extends keyof M>(load: () => Promise<M>, name: K): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      const module = await load();
      await loadTextsOfCurrentLanguage();
      return { Component: module[name] as ComponentType };
    },
  };
}

/**
 * A part of a page fetched when first shown, with the catalogue's namespaces it asked for: for what
 * lies below the heading of the home page and only some readers see (`<Suspense>` around it).
 */
export function part<K extends string, P extends object>(load: () => Promise<Record<K, (props: P) => ReactNode>>, name: K) {
  return lazy(async () => {
    const module = await load();
    await loadTextsOfCurrentLanguage();
    return { default: module[name] as ComponentType<P> };
  });
}

/**
 * The outlet of the pages: a quiet "Loading…" while the router fetches the next page's chunk. The
 * first page of a visit shows `PageFallback` instead (the shell is already there).
 */
export function PageOutlet() {
  const { t } = useTranslation();
  const loading = useNavigation().state === 'loading';
  return (
    <>
      {loading && (
        <div className="page-pending" role="status">
          <Loader size="xs" type="dots" aria-hidden />
          <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
        </div>
      )}
      <Outlet />
    </>
  );
}

/** What the page area shows while the first page's chunk is on its way: an announced skeleton. */
export function PageFallback() {
  return <LoadingSkeleton lines={5} />;
}

/**
 * A page whose chunk could not be fetched (offline, or a new release replaced the hashed files
 * since this tab loaded) or that failed to render: say so and offer a reload, in the reader's language.
 */
export function PageError() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" align="flex-start" role="alert">
      <Title order={1}>{t('app.pageFailedTitle')}</Title>
      <Text>{t('app.pageFailed')}</Text>
      <Button onClick={() => window.location.reload()}>{t('app.reload')}</Button>
    </Stack>
  );
}
