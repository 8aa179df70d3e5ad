// What the accounts feature shows: the signed-in user, users, API tokens and the outbox.
import type { z } from 'zod';
import type { OutboxQuery, SignedInUser, User, UserListQuery } from '../../../shared/api';
import type { UserActor } from '../../actor';
import { unauthenticated } from '../../errors';
import type { Authenticated } from '../../plugins/access';
import type { AccountsContext } from './accounts-context';
import * as repo from './accounts.repository';
import { mustFindUser } from './account-rules';

export async function me(ctx: AccountsContext, auth: Authenticated): Promise<SignedInUser> {
  const user = await repo.findUserById(ctx.db, auth.actor.id);
  if (!user) throw unauthenticated();
  return { user: repo.toUser(user), csrfToken: auth.session?.csrfToken ?? null };
}

export async function listUsers(ctx: AccountsContext, q: z.output<typeof UserListQuery>) {
  const { items, total } = await repo.listUsers(ctx.db, q);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getUser(ctx: AccountsContext, id: string): Promise<User> {
  return repo.toUser(await mustFindUser(ctx.db, id));
}

export async function findUserByEmail(ctx: AccountsContext, email: string) {
  const user = await repo.findUserByEmail(ctx.db, email);
  return user && repo.toUser(user);
}

export async function listApiTokens(ctx: AccountsContext, actor: UserActor) {
  return repo.listApiTokens(ctx.db, actor.id);
}

export async function listOutbox(ctx: AccountsContext, q: z.output<typeof OutboxQuery>) {
  const { items, total } = await repo.listOutbox(ctx.db, q);
  return { items, total, page: q.page, pageSize: q.pageSize };
}
