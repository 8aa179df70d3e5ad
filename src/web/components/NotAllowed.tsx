import { Alert, Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMe } from '../features/accounts/session';
import { PageLayout } from './PageLayout';
import { LoadingSkeleton } from './QueryView';

/**
 * Shown instead of a form the reader may not use (opened from an old link or typed URL): it says
 * why and where to go, rather than a form that fails on save.
 */
export function NotAllowed({ title, backTo }: { title: string; backTo: string }) {
  const { t } = useTranslation();
  const signedIn = useMe().data != null;
  return (
    <PageLayout title={title}>
      <Alert color="orange" title={t(signedIn ? 'access.notAllowedTitle' : 'access.signInTitle')} role="alert">
        {t(signedIn ? 'access.notAllowed' : 'access.signIn')}
      </Alert>
      <div>
        <Button component={Link} to={signedIn ? backTo : '/sign-in'} variant="light">
          {t(signedIn ? 'access.back' : 'access.toSignIn')}
        </Button>
      </div>
    </PageLayout>
  );
}

/** The page's content for who has the capability; the clear refusal above for anyone else. */
export function RequireCapability({
  allowed,
  title,
  backTo,
  children,
}: {
  /** From `useCan` (or a per-record rule such as `useCanWriteOpportunitiesOf`). */
  allowed: boolean;
  title: string;
  backTo: string;
  children: ReactNode;
}) {
  const me = useMe();
  if (me.isPending) return <LoadingSkeleton />;
  return allowed ? <>{children}</> : <NotAllowed title={title} backTo={backTo} />;
}
