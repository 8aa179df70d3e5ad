import { z } from 'zod';
import { Id, PageQuery, pageOf } from './common';
import { Language } from './localized-text';
import { roles } from './plain';

export { roles };
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const Email = z.string().trim().toLowerCase().email().max(254);
export const Password = z.string().min(10, 'use at least 10 characters').max(200, 'use at most 200 characters');

export const User = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: Role,
    organisationId: z.string().nullable(),
    regionId: z.string().nullable(),
    language: Language,
    disabled: z.boolean(),
    /** False until the invitation has been accepted (no password yet). */
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

/** Who is signed in, and the token to send in X-CSRF-Token with every cookie-authenticated write. */
/**
 * What the caller may do, derived on the server from the same access policies the routes enforce
 * (plugins/capabilities.ts), so the web shows a control only to who may use it. A capability
 * marked "own …" is also checked per record by the service (e.g. an organisation's `canEdit`).
 */
export const capabilities = [
  'regions:write',
  'twinnings:write',
  'opportunities:write',
  'organisations:create',
  'organisations:edit',
  'organisations:delete',
  'profiles:edit',
  'matches:read',
  'matches:manage',
  'matching:recompute',
  'imports:run',
  'projects:manage',
  'events:organise',
  'events:register',
  'users:admin',
  'audit:read',
  'history:read',
  'thesaurus:edit',
  'follow-ups:read',
] as const;
export const Capability = z.enum(capabilities);
export type Capability = z.infer<typeof Capability>;

export const Me = z.object({ user: User, csrfToken: z.string().nullable(), capabilities: z.array(Capability) }).meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;
/** `Me` before the route adds the capabilities of the caller's session or token. */
export type SignedInUser = Omit<Me, 'capabilities'>;
/** Who is signed in, for pages that show it to visitors too: never 401, `user` null for a visitor. */
export const SessionInfo = z.object({ user: User.nullable(), csrfToken: z.string().nullable(), capabilities: z.array(Capability) }).meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const LoginInput = z.object({ email: Email, password: z.string().min(1).max(200) });
export const PasswordChange = z.object({ currentPassword: z.string().min(1).max(200), newPassword: Password });
/** Either or both; `language` is the one the platform writes e-mail to the user in. */
export const MeUpdate = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    language: Language.optional().describe('nl, en or zh: the language of the e-mail the platform sends you'),
  })
  .refine((v) => v.displayName !== undefined || v.language !== undefined, { message: 'give displayName, language or both' });
export const AcceptInvitation = z.object({
  token: z.string().min(10).max(200),
  password: Password,
  displayName: z.string().trim().min(1).max(200).optional(),
});
export const PasswordResetRequest = z.object({ email: Email });
export const PasswordReset = z.object({ token: z.string().min(10).max(200), password: Password });

export const UserInvite = z
  .object({
    email: Email,
    displayName: z.string().trim().min(1).max(200),
    role: Role,
    organisationId: Id.nullable().default(null).describe('required for members'),
    regionId: Id.nullable().default(null).describe('required for partner officials'),
    language: Language.optional().describe('language of the invitation e-mail and of the account; default: the inviting admin’s own'),
  })
  .meta({ id: 'UserInvite' });
export type UserInvite = z.input<typeof UserInvite>;

export const UserUpdate = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    role: Role.optional(),
    organisationId: Id.nullable().optional(),
    regionId: Id.nullable().optional(),
    language: Language.optional(),
    disabled: z.boolean().optional(),
  })
  .meta({ id: 'UserUpdate' });

export const UserListQuery = z.object({
  q: z.string().trim().max(200).optional().describe('part of the e-mail address or name'),
  role: Role.optional(),
  ...PageQuery,
});
export const UserPage = pageOf(User);

export const tokenScopes = ['read', 'read-write'] as const;
export const TokenScope = z.enum(tokenScopes);
export const ApiToken = z
  .object({
    id: z.string(),
    name: z.string(),
    scope: TokenScope,
    createdAt: z.string(),
    expiresAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiToken>;
export const ApiTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  scope: TokenScope.default('read'),
  expiresInDays: z.number().int().min(1).max(366).default(90),
});
/** The secret is shown once, at creation; only its hash is stored. */
export const CreatedApiToken = ApiToken.extend({ token: z.string() });

export const OutboxMessage = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    attempts: z.number().int().describe('SMTP delivery attempts so far'),
    lastError: z.string().nullable().describe('why the last attempt failed; null once sent'),
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessage = z.infer<typeof OutboxMessage>;
export const OutboxPage = pageOf(OutboxMessage);
export const OutboxQuery = z.object({ to: z.string().trim().max(254).optional(), ...PageQuery });

/** A record's name: plain (a person, an organisation) or a text in several languages (a region, a project). */
export const AuditName = z
  .union([z.string(), z.record(z.string(), z.unknown())])
  .meta({ id: 'AuditName', description: 'a plain name, or a text in several languages ({original, nl, en, zh})' });
export type AuditName = string | Record<string, unknown>;
/** One field that changed: its value before and after, or for a list the items added, removed and changed. */
export const AuditChange = z
  .union([
    z.object({ field: z.string().describe('the field, dotted when nested: location.region'), before: z.unknown(), after: z.unknown() }),
    z.object({
      field: z.string(),
      added: z.array(AuditName),
      removed: z.array(AuditName),
      changed: z.array(AuditName),
      unnamed: z.number().int().describe('items without a name of their own (counted, not named)'),
    }),
  ])
  .meta({ id: 'AuditChange' });
export type AuditChange =
  { field: string; before: unknown; after: unknown } | { field: string; added: AuditName[]; removed: AuditName[]; changed: AuditName[]; unnamed: number };

export const AuditEntry = z
  .object({
    id: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    actor: z.string().describe('e-mail address of the user, or system:<what> for the command line'),
    actorName: z.string().nullable().describe('the user’s name as it is now; null for the command line or a removed user'),
    system: z.boolean().describe('written by the command line or the platform itself, not by a person'),
    entityType: z.string(),
    entityId: z.string(),
    entityName: AuditName.nullable().describe('the record’s name (as it is now, or as recorded when it was deleted)'),
    action: z.string(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
    changes: z.array(AuditChange).describe('the fields that changed, without bookkeeping fields'),
    names: z.record(z.string(), AuditName).describe('names of the records the changes refer to, by id'),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = Omit<z.infer<typeof AuditEntry>, 'entityName' | 'changes' | 'names'> & {
  entityName: AuditName | null;
  changes: AuditChange[];
  names: Record<string, AuditName>;
};
export const AuditQuery = z.object({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(200).optional(),
  actor: z.string().max(254).optional().describe('a user id or e-mail address'),
  action: z.string().max(50).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  format: z
    .enum(['json', 'csv', 'xlsx'])
    .default('json')
    .describe('csv or xlsx: every entry that matches the filters (up to 10,000), in the reader’s language'),
  lang: Language.default('en').describe('language of the export'),
  timeZone: z.string().max(64).optional().describe('time zone of the times in the export (IANA name); default UTC'),
});
export const AuditPage = pageOf(AuditEntry);
/** One record's history (GET /api/audit/{entityType}/{entityId}): programme managers and admins. */
export const EntityHistoryParams = z.object({ entityType: z.string().min(1).max(50), entityId: z.string().min(1).max(200) });
export const EntityHistoryQuery = z.object({ page: PageQuery.page, pageSize: PageQuery.pageSize });
