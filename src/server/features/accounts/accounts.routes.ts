import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AcceptInvitation,
  ApiError,
  ApiToken,
  ApiTokenInput,
  CreatedApiToken,
  IdParams,
  LoginInput,
  Me,
  MeUpdate,
  OutboxPage,
  OutboxQuery,
  PasswordChange,
  PasswordReset,
  PasswordResetRequest,
  SessionInfo,
  User,
  UserInvite,
  UserListQuery,
  UserPage,
  UserUpdate,
} from '../../../shared/api';
import { type App, errorResponses } from '../../http';
import { userOf } from '../../plugins/access';
import { capabilitiesOf, sessionOf } from '../../plugins/capabilities';
import * as service from './accounts.service';

export const SESSION_COOKIE = 'ctb_session';

/** A coarse per-address limit on the public account endpoints, on top of the per-account lock. */
const publicLimit = { max: 100, timeWindow: '1 minute' };

export function accountRoutes(app: App, { accounts, cookieSecure }: { accounts: service.AccountsContext; cookieSecure: 'auto' | boolean }) {
  const setSessionCookie = (req: FastifyRequest, reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: cookieSecure === 'auto' ? req.protocol === 'https' : cookieSecure,
      maxAge: Math.floor(accounts.settings.sessionMaxMs / 1000),
    });
  const clearSessionCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, { path: '/' });
  const client = (req: FastifyRequest) => ({ ip: req.ip, userAgent: req.headers['user-agent'] });

  app.post('/api/auth/login', {
    config: { access: 'public', rateLimit: publicLimit },
    schema: {
      tags: ['accounts'],
      summary: 'Sign in: sets the HttpOnly session cookie; answers the CSRF token for writes',
      body: LoginInput,
      response: { 200: Me, 429: ApiError, ...errorResponses },
    },
    handler: async (req, reply) => {
      const signedIn = await service.login(accounts, req.body, client(req));
      setSessionCookie(req, reply, signedIn.sessionToken);
      const { user, csrfToken } = signedIn.me;
      return { ...signedIn.me, capabilities: capabilitiesOf(app, sessionOf(user, csrfToken)) };
    },
  });
  app.post('/api/auth/logout', {
    config: { access: 'session' },
    schema: { tags: ['accounts'], summary: 'Sign out of this browser', response: { 204: z.null(), ...errorResponses } },
    handler: async (req, reply) => {
      await service.logout(accounts, req.auth?.session?.id);
      return clearSessionCookie(reply).code(204).send(null);
    },
  });
  app.post('/api/auth/logout-all', {
    config: { access: 'session' },
    schema: { tags: ['accounts'], summary: 'Sign out of every browser and revoke every API token', response: { 204: z.null(), ...errorResponses } },
    handler: async (req, reply) => {
      await service.logoutEverywhere(accounts, userOf(req));
      return clearSessionCookie(reply).code(204).send(null);
    },
  });
  app.get('/api/auth/me', {
    config: { access: 'signed-in' },
    schema: { tags: ['accounts'], summary: 'Who is signed in', response: { 200: Me, ...errorResponses } },
    handler: async (req) => ({ ...(await service.me(accounts, req.auth!)), capabilities: capabilitiesOf(app, req.auth) }),
  });
  app.get('/api/auth/session', {
    config: { access: 'public' },
    schema: {
      tags: ['accounts'],
      summary: 'Who is signed in, if anyone (200 for visitors too, with user null)',
      response: { 200: SessionInfo, ...errorResponses },
    },
    handler: async (req) => ({
      ...(req.auth ? await service.me(accounts, req.auth) : { user: null, csrfToken: null }),
      capabilities: capabilitiesOf(app, req.auth),
    }),
  });
  app.patch('/api/auth/me', {
    config: { access: 'signed-in' },
    schema: { tags: ['accounts'], summary: 'Change one’s own name and language', body: MeUpdate, response: { 200: User, ...errorResponses } },
    handler: (req) => service.updateMe(accounts, userOf(req), req.body),
  });
  app.post('/api/auth/password', {
    config: { access: 'session' },
    schema: {
      tags: ['accounts'],
      summary: 'Change one’s own password; other sessions are signed out and API tokens revoked',
      body: PasswordChange,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (req, reply) => {
      await service.changePassword(accounts, userOf(req), req.auth?.session?.id, req.body);
      return reply.code(204).send(null);
    },
  });
  app.post('/api/auth/invitations/accept', {
    config: { access: 'public', rateLimit: publicLimit },
    schema: {
      tags: ['accounts'],
      summary: 'Accept an invitation: choose a password, and be signed in',
      body: AcceptInvitation,
      response: { 200: Me, ...errorResponses },
    },
    handler: async (req, reply) => {
      const signedIn = await service.acceptInvitation(accounts, req.body, client(req));
      setSessionCookie(req, reply, signedIn.sessionToken);
      const { user, csrfToken } = signedIn.me;
      return { ...signedIn.me, capabilities: capabilitiesOf(app, sessionOf(user, csrfToken)) };
    },
  });
  app.post('/api/auth/password-reset/request', {
    config: { access: 'public', rateLimit: publicLimit },
    schema: {
      tags: ['accounts'],
      summary: 'Send a password-reset link (answers the same whether or not the address has an account)',
      body: PasswordResetRequest,
      response: { 202: z.null(), ...errorResponses },
    },
    handler: async (req, reply) => {
      service.requestPasswordReset(accounts, req.body.email);
      return reply.code(202).send(null);
    },
  });
  app.post('/api/auth/password-reset', {
    config: { access: 'public', rateLimit: publicLimit },
    schema: {
      tags: ['accounts'],
      summary: 'Choose a new password with a reset link; all sessions are signed out and API tokens revoked',
      body: PasswordReset,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (req, reply) => {
      await service.resetPassword(accounts, req.body, client(req));
      return reply.code(204).send(null);
    },
  });

  app.get('/api/auth/tokens', {
    config: { access: 'session' },
    schema: { tags: ['accounts'], summary: 'One’s personal API tokens', response: { 200: z.array(ApiToken), ...errorResponses } },
    handler: (req) => service.listApiTokens(accounts, userOf(req)),
  });
  app.post('/api/auth/tokens', {
    config: { access: 'session' },
    schema: {
      tags: ['accounts'],
      summary: 'Create a personal API token (shown once; send it as Authorization: Bearer …)',
      body: ApiTokenInput,
      response: { 201: CreatedApiToken, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await service.createApiToken(accounts, userOf(req), req.body)),
  });
  app.delete('/api/auth/tokens/:id', {
    config: { access: 'session' },
    schema: { tags: ['accounts'], summary: 'Revoke a personal API token', params: IdParams, response: { 204: z.null(), ...errorResponses } },
    handler: async (req, reply) => {
      await service.revokeApiToken(accounts, userOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/users', {
    config: { access: 'admin' },
    schema: { tags: ['users'], querystring: UserListQuery, response: { 200: UserPage, ...errorResponses } },
    handler: (req) => service.listUsers(accounts, req.query),
  });
  app.get('/api/users/:id', {
    config: { access: 'admin' },
    schema: { tags: ['users'], params: IdParams, response: { 200: User, ...errorResponses } },
    handler: (req) => service.getUser(accounts, req.params.id),
  });
  app.post('/api/users', {
    config: { access: 'admin' },
    schema: {
      tags: ['users'],
      summary: 'Invite a user: the invitation e-mail (outbox) carries a single-use link',
      body: UserInvite,
      response: { 201: User, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send((await service.createUser(accounts, userOf(req), req.body)).user),
  });
  app.patch('/api/users/:id', {
    config: { access: 'admin' },
    schema: {
      tags: ['users'],
      summary: 'Change a user’s role, affiliation or language, or disable the account',
      params: IdParams,
      body: UserUpdate,
      response: { 200: User, ...errorResponses },
    },
    handler: (req) => service.updateUser(accounts, userOf(req), req.params.id, req.body),
  });
  app.get('/api/outbox', {
    config: { access: 'admin' },
    schema: {
      tags: ['users'],
      summary: 'E-mail written by the platform (sent or waiting); secrets of invitation and reset links redacted',
      querystring: OutboxQuery,
      response: { 200: OutboxPage, ...errorResponses },
    },
    handler: (req) => service.listOutbox(accounts, req.query),
  });
}
