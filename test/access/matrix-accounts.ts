// Matrix rows: health, accounts, users, the outbox and the audit trail.
import { systemActor } from '../../src/server/actor';
import { createUser, requestPasswordReset } from '../../src/server/features/accounts/accounts.service';
import { TEST_PASSWORD, accountsContext, createAccount } from '../accounts';
import { receivedLink } from '../mailbox';
import { admins, everyone, fx, managers, post, type Rows, signedIn, spareSession, unique } from './setup';

export const accountRows: Rows = {
  'GET /api/health': { call: () => ({}), expect: everyone('ok') },
  // Public; this test app runs no job worker, so everyone gets the 503 naming that check.
  'GET /api/ready': { call: () => ({}), expect: everyone(503) },

  // Accounts
  'POST /api/auth/login': {
    call: () => ({ payload: { email: fx.people['member-a'].email, password: TEST_PASSWORD }, headers: {} }),
    expect: everyone('ok'),
  },
  'POST /api/auth/logout': { call: async (who) => ({ headers: await spareSession(who) }), expect: signedIn() },
  'POST /api/auth/logout-all': { call: async (who) => ({ headers: await spareSession(who) }), expect: signedIn() },
  'GET /api/auth/me': { call: () => ({}), expect: signedIn() },
  'GET /api/auth/session': { call: () => ({}), expect: everyone('ok') },
  'PATCH /api/auth/me': { call: () => ({ payload: { displayName: 'Renamed', language: 'nl' } }), expect: signedIn() },
  'POST /api/auth/password': {
    call: async (who) => ({
      headers: await spareSession(who),
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'another long password' },
    }),
    expect: signedIn(),
  },
  'POST /api/auth/invitations/accept': {
    call: async () => {
      const { invitationLink } = await createUser(accountsContext(fx.t), systemActor('test'), {
        email: `${unique('invitee')}@example.org`,
        displayName: 'Invitee',
        role: 'programme-manager',
        organisationId: null,
        regionId: null,
        language: 'en',
      });
      return { payload: { token: new URL(invitationLink!).searchParams.get('token'), password: 'a good long password' }, headers: {} };
    },
    expect: everyone('ok'),
  },
  'POST /api/auth/password-reset/request': { call: () => ({ payload: { email: 'nobody@example.org' } }), expect: everyone('ok') },
  'POST /api/auth/password-reset': {
    call: async () => {
      const email = `${unique('forgetful')}@example.org`;
      await createAccount(fx.t, { email, role: 'programme-manager' });
      requestPasswordReset(accountsContext(fx.t), email);
      const token = (await receivedLink(fx.t.database.db, email)).searchParams.get('token');
      return { payload: { token, password: 'a brand new password' }, headers: {} };
    },
    expect: everyone('ok'),
  },
  'GET /api/auth/tokens': { call: () => ({}), expect: signedIn() },
  'POST /api/auth/tokens': { call: () => ({ payload: { name: 'matrix', scope: 'read' } }), expect: signedIn() },
  'DELETE /api/auth/tokens/{id}': {
    call: async (who) => {
      if (who === 'visitor') return { url: '/api/auth/tokens/whatever' };
      const token = await post('/api/auth/tokens', { name: 'to revoke' }, fx.h[who]);
      return { url: `/api/auth/tokens/${token.id}` };
    },
    expect: signedIn(),
  },
  'GET /api/users': { call: () => ({}), expect: admins },
  'GET /api/users/{id}': { call: () => ({ url: `/api/users/${fx.people['member-a'].id}` }), expect: admins },
  'POST /api/users': {
    call: () => ({ payload: { email: `${unique('new')}@example.org`, displayName: 'New', role: 'programme-manager' } }),
    expect: admins,
  },
  'PATCH /api/users/{id}': { call: () => ({ url: `/api/users/${fx.people['member-b'].id}`, payload: { language: 'zh' } }), expect: admins },
  'GET /api/outbox': { call: () => ({}), expect: admins },
  'GET /api/audit': { call: () => ({ url: `/api/audit?entityType=region&entityId=${fx.regionX}` }), expect: admins },
  'GET /api/audit/{entityType}/{entityId}': { call: () => ({ url: `/api/audit/region/${fx.regionX}` }), expect: managers },
};
