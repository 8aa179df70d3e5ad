import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../../shared/api/index';
import { fakeNetwork, refusal } from '../../test/fake-network';
import { renderWithApp } from '../../test/render';
import { signedIn } from '../../test/session';
import { SignInPage } from './SignInPage';

const notSignedIn = refusal(401, { error: 'unauthenticated', code: 'unauthenticated', message: 'Sign in first' });
const member = signedIn('member', []);
const me: Me = { user: member.user!, csrfToken: 'csrf-test', capabilities: [] };

describe('the sign-in form', () => {
  it('says in Dutch that the address or password is wrong, and stays', async () => {
    const network = fakeNetwork({
      'GET /api/auth/me': notSignedIn,
      'POST /api/auth/login': refusal(401, { error: 'wrong_credentials', code: 'wrong_credentials', message: 'Wrong e-mail address or password' }),
    });
    const { user, location } = await renderWithApp(<SignInPage />, { language: 'nl', route: '/sign-in' });

    await user.type(screen.getByLabelText(/^E-mailadres/), 'tess@example.org');
    await user.type(screen.getByLabelText(/^Wachtwoord/), 'not-this-one');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Het e-mailadres of het wachtwoord klopt niet.');
    expect(network.sentTo('POST /api/auth/login').map((request) => request.body)).toEqual([{ email: 'tess@example.org', password: 'not-this-one' }]);
    expect(location()).toBe('/sign-in');
  });

  it('lists the server’s field issues under the refusal, in Chinese', async () => {
    fakeNetwork({
      'GET /api/auth/me': notSignedIn,
      'POST /api/auth/login': refusal(400, {
        error: 'validation_failed',
        code: 'validation_failed',
        message: 'Validation failed',
        issues: [{ path: 'email', code: 'invalid_format', message: 'Invalid email', params: { format: 'email' } }],
      }),
    });
    const { user } = await renderWithApp(<SignInPage />, { language: 'zh', route: '/sign-in' });

    await user.type(screen.getByLabelText(/^电子邮件地址/), 'tess');
    await user.type(screen.getByLabelText(/^密码/), 'secret');
    await user.click(screen.getByRole('button', { name: '登录' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^部分字段无效。/);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['请输入电子邮件地址，例如 name@example.org。']);
  });

  it('goes on to the page it was sent from once signed in', async () => {
    fakeNetwork({ 'GET /api/auth/me': notSignedIn, 'POST /api/auth/login': me });
    const { user, location } = await renderWithApp(<SignInPage />, { language: 'en', route: '/sign-in?next=%2Fevents%2Fe1' });

    await user.type(screen.getByLabelText(/^E-mail/), 'tess@example.org');
    await user.type(screen.getByLabelText(/^Password/), 'the-right-one');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await expect.poll(location).toBe('/events/e1');
  });
});
