import type { z } from 'zod';

/**
 * Machine-readable error codes shared by server and web. Every code has a message in nl, en and
 * zh in the catalogue (src/shared/i18n/<lang>/errors.ts, checked by errors.test.ts); the API's
 * English `message` is for API clients and logs.
 */
export const ErrorCode = {
  validation: 'validation_failed',
  notFound: 'not_found',
  conflict: 'conflict',
  /** 409: the record changed since the client read it (optimistic concurrency); reload and redo. */
  stale: 'stale_revision',
  /** 400: an export would contain nothing (every project named was left out, or there is none). */
  nothingToExport: 'nothing_to_export',
  /** 409: a meeting moved by hand would clash; `issues` name each conflict (participant, table, interpreter, availability). */
  meetingConflict: 'meeting_conflict',
  /** 404: a check-in code that no registration of this event carries (mistyped, forged or of another event). */
  unknownCheckInCode: 'unknown_check_in_code',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  rateLimited: 'rate_limited',
  /** 409: a delete refused because other records still refer to this one (the message names them). */
  referencedRecord: 'referenced_record',
  /** 503 with Retry-After: the database cannot be reached just now (connection lost, failover). */
  databaseUnavailable: 'database_unavailable',
  /** 503 with Retry-After: the server is saturated (event loop, memory or database connections). */
  overloaded: 'overloaded',
  /** 401 at sign-in: the address or the password is wrong (which one is not told). */
  wrongCredentials: 'wrong_credentials',
  /** 401 at sign-in: an administrator disabled the account. */
  accountDisabled: 'account_disabled',
  /** 429 at sign-in after too many wrong passwords: params.minutes until it may be tried again. */
  signInLocked: 'sign_in_locked',
  internal: 'internal_error',

  // 403: refusals by who you are. `role_forbidden` names the role (params.role).
  roleForbidden: 'role_forbidden',
  managersOnly: 'managers_only',
  adminsOnly: 'admins_only',
  ownOrganisationOnly: 'own_organisation_only',
  ownRegionOnly: 'own_region_only',
  /** Meeting feedback: each side answers for itself; only the two sides and the organiser see the answers. */
  meetingPartiesOnly: 'meeting_parties_only',
  /** Only an invitee of a meeting request answers it. */
  inviteeOnly: 'invitee_only',
  /** Only the requester (or an organiser) cancels a meeting request. */
  requesterOnly: 'requester_only',
  /** Only organisers register other users than themselves. */
  organisersRegisterOthers: 'organisers_register_others',
  /** Members of an organisation express interest, for their own organisation. */
  membersOnly: 'members_only',
  /** An admin cannot change the role of, or disable, their own account. */
  ownAccountRole: 'own_account_role',
  /** A read-only API token tried to write. */
  readOnlyToken: 'read_only_token',

  // 409: refusals by a business rule (params name the records).
  /** params.id: a record with this identifier exists already. */
  alreadyExists: 'already_exists',
  /** params.email */
  accountExists: 'account_exists',
  /** params.email: already registered for this event. */
  alreadyRegistered: 'already_registered',
  /** params.home, params.partner */
  alreadyTwinned: 'already_twinned',
  /** params.project, params.identifier: another project carries this IATI identifier. */
  iatiIdentifierTaken: 'iati_identifier_taken',
  /** params.identifiers: an IATI import would overwrite stored projects (import with replace). */
  iatiAlreadyStored: 'iati_already_stored',
  /** params.identifier, params.projects: an IATI activity matches two stored projects. */
  iatiAmbiguous: 'iati_ambiguous',
  /** params.project: the project is closed. */
  projectClosed: 'project_closed',
  /** params.phase: the gate of this (previous) phase is not go, so the next phase may not start. */
  gateNotPassed: 'gate_not_passed',
  /** params.phase: this gate is already decided. */
  gateAlreadyDecided: 'gate_already_decided',
  /** params.activity, params.start, params.go: dated before the go that opened its phase. */
  activityBeforeGo: 'activity_before_go',
  /** params.activity, params.phase */
  activityExists: 'activity_exists',
  /** params.deliverable */
  deliverableCancelled: 'deliverable_cancelled',
  /** params.deliverables: the document is the evidence of these deliverables. */
  documentIsEvidence: 'document_is_evidence',
  /** A rare collision of generated identifiers: simply try again. */
  tryAgain: 'try_again',
  opportunityAlreadyPublished: 'opportunity_already_published',
  opportunityAlreadyClosed: 'opportunity_already_closed',
  /** Interest is expressed in published opportunities only. */
  opportunityNotPublished: 'opportunity_not_published',
  /** The registration is not (yet) registered: waitlisted, cancelled or awaiting approval. */
  registrationNotActive: 'registration_not_active',
  registrationCancelled: 'registration_cancelled',
  registrationNotAwaitingApproval: 'registration_not_awaiting_approval',
  requestDeadlinePassed: 'request_deadline_passed',
  requestAlreadyOpen: 'request_already_open',
  /** The meeting request was already answered, cancelled or expired. */
  requestClosed: 'request_closed',
  /** params.problems: the import has problems to fix first. */
  importHasProblems: 'import_has_problems',
  /** The import is committing or committed, or not ready: upload the file again. */
  importNotReady: 'import_not_ready',
  /** params.field, params.language: a translation in the language the text was written in (edit the record instead). */
  translationOfOriginal: 'translation_of_original',
  /** params.field: a translation of a text the record does not have. */
  nothingToTranslate: 'nothing_to_translate',
  /** params.tables: a restore refuses a database that is not empty (without --force). */
  databaseNotEmpty: 'database_not_empty',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Values an error or issue message is built from (field, limit, allowed values, role…). */
export type ErrorParams = Record<string, string | number | boolean | string[]>;

/** What is wrong with one field, as a code the web translates; zod's wording never reaches a reader. */
export const IssueCode = {
  required: 'required',
  /** A LocalizedText without the text in the language it was written in. */
  originalRequired: 'original_required',
  tooShort: 'too_short',
  tooLong: 'too_long',
  tooFew: 'too_few',
  tooMany: 'too_many',
  tooSmall: 'too_small',
  tooBig: 'too_big',
  notANumber: 'not_a_number',
  invalidEnum: 'invalid_enum',
  invalidFormat: 'invalid_format',
  unknownKeys: 'unknown_keys',
  /** A reference to a record that does not exist: params.value names it. */
  unknownReference: 'unknown_reference',
  /** An invitation or reset link that is unknown, used or expired. */
  expiredLink: 'expired_link',
  /** The current password given to change it is not the current one. */
  wrongPassword: 'wrong_password',
  // Conflicts of a meeting placed by hand (409 meeting_conflict; path names the kind). Params:
  // requestId and slotId of the meeting placed; name and registrationId of the participant;
  // table and tableName; pair (language codes "en-zh", worded as language names by the web).
  /** A participant already has another meeting in that slot. */
  participantBusy: 'participant_busy',
  /** A participant is not available in that slot (arrival, departure, blocked slot). */
  participantUnavailable: 'participant_unavailable',
  /** Another meeting holds the table in that slot. */
  tableTaken: 'table_taken',
  /** Every interpreter of the pair is busy in that slot. */
  noInterpreterFree: 'no_interpreter_free',
  invalid: 'invalid',
} as const;
export type IssueCode = (typeof IssueCode)[keyof typeof IssueCode];

/** One bad field: its dotted path, the English message, and (when known) code and params. */
export type Issue = { path: string; message: string; code?: IssueCode; params?: ErrorParams };

const localizedTextKeys = new Set(['original', 'nl', 'en', 'zh']);

/**
 * The code and params of a zod issue, from the issue alone (so the server's 400s and the web's own
 * checks before sending say the same). Accepts zod's issue or the fastify provider's copy of it.
 */
export function codeOfZodIssue(issue: z.core.$ZodIssue | ({ code: string; path: readonly PropertyKey[]; message: string } & Record<string, unknown>)): {
  code: IssueCode;
  params: ErrorParams;
} {
  const i = issue as Record<string, unknown> & { code: string; path: readonly PropertyKey[]; message: string };
  const origin = String(i.origin ?? '');
  switch (i.code) {
    case 'too_small': {
      const minimum = Number(i.minimum);
      if (origin === 'string') return minimum <= 1 ? { code: IssueCode.required, params: {} } : { code: IssueCode.tooShort, params: { minimum } };
      if (origin === 'array' || origin === 'set') return { code: IssueCode.tooFew, params: { minimum } };
      return { code: IssueCode.tooSmall, params: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(i.maximum);
      if (origin === 'string') return { code: IssueCode.tooLong, params: { maximum } };
      if (origin === 'array' || origin === 'set') return { code: IssueCode.tooMany, params: { maximum } };
      return { code: IssueCode.tooBig, params: { maximum } };
    }
    case 'invalid_type':
      // zod reports the input only when asked to; its default message names what it received.
      if (('input' in i && i.input === undefined) || /received undefined/.test(i.message)) return { code: IssueCode.required, params: {} };
      if (i.expected === 'number' || i.expected === 'int') return { code: IssueCode.notANumber, params: {} };
      return { code: IssueCode.invalid, params: { expected: String(i.expected ?? '') } };
    case 'invalid_value':
      return { code: IssueCode.invalidEnum, params: { allowed: ((i.values as unknown[]) ?? []).map(String) } };
    case 'invalid_format':
      return { code: IssueCode.invalidFormat, params: { format: String(i.format ?? '') } };
    case 'unrecognized_keys':
      return { code: IssueCode.unknownKeys, params: { keys: ((i.keys as unknown[]) ?? []).map(String) } };
    case 'custom':
      if (localizedTextKeys.has(String(i.path.at(-1)))) return { code: IssueCode.originalRequired, params: {} };
      return { code: IssueCode.invalid, params: {} };
    default:
      return { code: IssueCode.invalid, params: {} };
  }
}

/** A zod issue as the API reports it: dotted path, English message, code and params. */
export function issueFromZod(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): Issue {
  return {
    path: [...prefix, ...issue.path].map(String).join('.'),
    message: issue.message,
    ...codeOfZodIssue(issue),
  };
}
