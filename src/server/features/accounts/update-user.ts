import type { z } from 'zod';
import type { User, UserUpdate } from '../../../shared/api';
import { ErrorCode } from '../../../shared/api';
import { type Actor, isAdmin } from '../../actor';
import { forbidden } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import type { AccountsContext } from './accounts-context';
import * as repo from './accounts.repository';
import { checkAffiliation, mustFindUser } from './account-rules';

/** Changes role, affiliation or the disabled flag; disabling signs the account out everywhere. */
export async function updateUser(ctx: AccountsContext, actor: Actor, id: string, patch: z.output<typeof UserUpdate>): Promise<User> {
  if (!isAdmin(actor)) throw forbidden(ErrorCode.adminsOnly, 'Only admins change accounts');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const before = await mustFindUser(tx, id);
    if (actor.kind === 'user' && actor.id === id && ((patch.role && patch.role !== before.role) || patch.disabled)) {
      throw forbidden(ErrorCode.ownAccountRole, 'You cannot change the role of, or disable, your own account; ask another admin');
    }
    const role = patch.role ?? before.role;
    const organisationId = patch.organisationId !== undefined ? patch.organisationId : before.organisationId;
    const regionId = patch.regionId !== undefined ? patch.regionId : before.regionId;
    await checkAffiliation(tx, role, organisationId, regionId);
    const after = (await repo.updateUser(tx, id, { ...patch, role, organisationId, regionId }))!;
    if (after.disabled && !before.disabled) {
      await repo.deleteSessionsOf(tx, id);
      await repo.revokeApiTokensOf(tx, id, now);
    }
    const action = after.disabled !== before.disabled ? (after.disabled ? 'disable' : 'enable') : 'update';
    await recordAudit(tx, actor, { entityType: 'user', entityId: id, action, before: repo.toUser(before), after: repo.toUser(after) });
    return repo.toUser(after);
  });
}
