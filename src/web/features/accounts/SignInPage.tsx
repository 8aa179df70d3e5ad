import { useTranslation } from 'react-i18next';
import { Anchor, Button, Paper, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api, dataOf } from '../../lib/api-client';
import { safeNext } from './safe-next';
import { PageLayout } from '../../components/PageLayout';
import { useSessionChanged } from './session';
import { fieldText } from '../../lib/form-values';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const sessionChanged = useSessionChanged();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const me = await dataOf(api.POST('/api/auth/login', { body: { email: fieldText(form, 'email'), password: fieldText(form, 'password') } }));
      await sessionChanged(me);
      void navigate(safeNext(params.get('next')));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <PageLayout title={t('accounts:signIn')}>
      <Paper withBorder p="lg" maw={420} component="form" onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput id="sign-in-email" name="email" type="email" autoComplete="username" required label={t('accounts:email')} />
          <PasswordInput id="sign-in-password" name="password" autoComplete="current-password" required label={t('accounts:password')} />
          {error !== null && <ServerMessage error={error} />}
          <Button type="submit" loading={busy}>
            {t('accounts:signIn')}
          </Button>
          <Anchor component={Link} to="/reset-password" size="sm">
            {t('accounts:forgotPassword')}
          </Anchor>
        </Stack>
      </Paper>
    </PageLayout>
  );
}

/** Why the server refused (wrong password, blocked for N minutes, a password too short…) in the reader's language, announced. */
export function ServerMessage({ error }: { error: unknown }) {
  return <ErrorMessage error={error} withIssues />;
}
