import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ApiTokenInput } from '../../../shared/api';
import type { UserActor } from '../../actor';
import { notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import type { AccountsContext } from './accounts-context';
import * as repo from './accounts.repository';
import { digest, newSecret } from './secrets';

export const API_TOKEN_PREFIX = 'ctb_';

export async function createApiToken(ctx: AccountsContext, actor: UserActor, input: z.output<typeof ApiTokenInput>) {
  const now = ctx.now();
  const token = `${API_TOKEN_PREFIX}${newSecret()}`;
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertApiToken(tx, {
      id: randomUUID(),
      userId: actor.id,
      name: input.name,
      tokenHash: digest(token),
      scope: input.scope,
      createdAt: now,
      expiresAt: new Date(now.getTime() + input.expiresInDays * 24 * 60 * 60_000),
    });
    const created = repo.toApiToken(row);
    await recordAudit(tx, actor, { entityType: 'api-token', entityId: created.id, action: 'create', after: created });
    return { ...created, token };
  });
}

export async function revokeApiToken(ctx: AccountsContext, actor: UserActor, id: string) {
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.revokeApiToken(tx, actor.id, id, ctx.now()))) throw notFound('API token', id);
    await recordAudit(tx, actor, { entityType: 'api-token', entityId: id, action: 'revoke' });
  });
}
