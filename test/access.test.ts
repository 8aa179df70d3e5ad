import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { systemActor } from '../src/server/actor';
import { outbox } from '../src/server/db/schema';
import { createUser, requestPasswordReset } from '../src/server/features/accounts/accounts.service';
import { type AuthHeaders, TEST_PASSWORD, accountsContext, cast, createAccount, createCast, signIn, type CastMember } from './accounts';
import { receivedLink } from './mailbox';
import { createTestApp, type TestApp } from './test-app';

/**
 * Every route of the OpenAPI document, called as every kind of caller. A new route without a
 * row here fails the coverage test: whoever adds a route decides who may call it, here too.
 */
/**
 * 'allowed': past the policy (neither 401 nor 403), e.g. a 400 for a deliberately empty body.
 * 'signed-in': past authentication (not 401); a record-level rule of the service may still say 403.
 */
type Outcome = 'ok' | 'allowed' | 'signed-in' | 400 | 401 | 403 | 404 | 503;
type Call = { url?: string; payload?: unknown; headers?: AuthHeaders };
type Row = {
  /** Builds the request for one caller; may prepare what the call needs (a record to delete…). */
  call: (who: CastMember) => Call | Promise<Call>;
  expect: Record<CastMember, Outcome>;
};

const everyone = (outcome: Outcome) => Object.fromEntries(cast.map((c) => [c, outcome])) as Record<CastMember, Outcome>;
const signedIn = (outcome: Outcome = 'ok') => ({ ...everyone(outcome), visitor: 401 as Outcome });
const managers = { ...everyone(403), visitor: 401, 'programme-manager': 'ok', admin: 'ok' } as Record<CastMember, Outcome>;
const admins = { ...managers, 'programme-manager': 403 } as Record<CastMember, Outcome>;
/** Managers pass the policy; the empty body or unknown id then fails validation, which writes nothing. */
const managersPass = { ...managers, 'programme-manager': 'allowed', admin: 'allowed' } as Record<CastMember, Outcome>;
/** A follow-up record of organisation A in Hebei: A's members, Hebei's official and managers; 404 for the others. */
const ownAndRegion = { ...everyone(404), visitor: 401, 'member-a': 'ok', 'official-x': 'ok', 'programme-manager': 'ok', admin: 'ok' } as Record<CastMember, Outcome>;

let t: TestApp;
let h: Record<CastMember, AuthHeaders>;
let ids: Record<CastMember, string>;
let twinningId: string;
let membersOnlyOpportunity: string;
let hebeiOpportunity: string;
let documentId: string;
let registrationA: string;
let interactionId: string;
let attachmentId: string;
let taskId: string;
let sequence = 0;
const unique = (prefix: string) => `${prefix}-${++sequence}`;

const pm = () => h['programme-manager'];
const region = (id: string, side: 'home' | 'partner' = 'partner') => ({
  id,
  side,
  level: 'province',
  country: side === 'home' ? 'BE' : 'CN',
  name: { original: 'en', en: `Region ${id}` },
});
const opportunity = (regionId: string, visibility = 'public') => ({
  regionId,
  title: { original: 'en', en: 'Matrix opportunity' },
  themes: ['water'],
  visibility,
});
const organisation = (name: string) => ({ name, type: 'company', country: 'BE' });
const textDocument = (filename: string) => ({
  title: { original: 'en', en: 'Minutes' },
  category: 'A07',
  languages: ['en'],
  filename,
  contentBase64: Buffer.from('Minutes of the matrix meeting').toString('base64'),
});
/** Uploads a document to the demo project p004; its id. */
async function uploadDocument(filename: string): Promise<string> {
  const project = await post('/api/projects/p004/documents', textDocument(filename));
  return (project.documents as { id: string; title: { en: string } }[]).at(-1)!.id;
}

async function post(url: string, payload: object, headers = pm()) {
  const res = await t.app.inject({ method: 'POST', url, payload, headers });
  if (res.statusCode >= 300) throw new Error(`setup ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** The matrix event's public registration link, opened once by the organiser. */
let publicLink: Promise<string> | undefined;
const publicToken = () =>
  (publicLink ??= t.app
    .inject({ method: 'PUT', url: '/api/events/matrix-event/public-registration', payload: { open: true }, headers: pm() })
    .then((res) => res.json().token as string));

/** Registers a delegate named `who` from the public link; answers the private manage token from the e-mail. */
async function publicRegistration(who: string): Promise<string> {
  const email = `${who}-${unique('public')}@example.cn`;
  await post(`/api/public/events/${await publicToken()}/registrations`, { delegateName: who, delegateEmail: email, organisationName: 'Matrix Ltd', country: 'CN', languages: ['zh'] }, {});
  const mails = await t.database.db.select().from(outbox).where(eq(outbox.to, email));
  return /\/events\/registration\/([\w-]{43})/.exec(mails[0]!.text)![1]!;
}
/** One registration per caller for the rows that leave it in place (public routes are rate limited). */
const keptRegistrations = new Map<string, Promise<string>>();
const keptRegistration = (who: string) => keptRegistrations.get(who) ?? keptRegistrations.set(who, publicRegistration(who)).get(who)!;

/** A second account with the same role and affiliation, for calls that end sessions. */
async function spareSession(who: CastMember): Promise<AuthHeaders> {
  if (who === 'visitor') return {};
  const me = (await t.app.inject({ url: '/api/auth/me', headers: h[who] })).json().user;
  const email = `${unique('spare')}@example.org`;
  await createAccount(t, { email, role: me.role, organisationId: me.organisationId, regionId: me.regionId });
  return signIn(t, email);
}

const matrix: Record<string, Row> = {
  'GET /api/health': { call: () => ({}), expect: everyone('ok') },
  // Public; this test app runs no job worker, so everyone gets the 503 naming that check.
  'GET /api/ready': { call: () => ({}), expect: everyone(503) },

  // Accounts
  'POST /api/auth/login': {
    call: () => ({ payload: { email: 'member-a@example.org', password: TEST_PASSWORD }, headers: {} }),
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
      const { invitationLink } = await createUser(accountsContext(t), systemActor('test'), {
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
      await createAccount(t, { email, role: 'programme-manager' });
      requestPasswordReset(accountsContext(t), email);
      const token = (await receivedLink(t.database.db, email)).searchParams.get('token');
      return { payload: { token, password: 'a brand new password' }, headers: {} };
    },
    expect: everyone('ok'),
  },
  'GET /api/auth/tokens': { call: () => ({}), expect: signedIn() },
  'POST /api/auth/tokens': { call: () => ({ payload: { name: 'matrix', scope: 'read' } }), expect: signedIn() },
  'DELETE /api/auth/tokens/{id}': {
    call: async (who) => {
      if (who === 'visitor') return { url: '/api/auth/tokens/whatever' };
      const token = await post('/api/auth/tokens', { name: 'to revoke' }, h[who]);
      return { url: `/api/auth/tokens/${token.id}` };
    },
    expect: signedIn(),
  },
  'GET /api/users': { call: () => ({}), expect: admins },
  'GET /api/users/{id}': { call: () => ({ url: `/api/users/${ids['member-a']}` }), expect: admins },
  'POST /api/users': {
    call: () => ({ payload: { email: `${unique('new')}@example.org`, displayName: 'New', role: 'programme-manager' } }),
    expect: admins,
  },
  'PATCH /api/users/{id}': { call: () => ({ url: `/api/users/${ids['member-b']}`, payload: { language: 'zh' } }), expect: admins },
  'GET /api/outbox': { call: () => ({}), expect: admins },
  'GET /api/audit': { call: () => ({ url: '/api/audit?entityType=region&entityId=hebei' }), expect: admins },
  'GET /api/audit/{entityType}/{entityId}': { call: () => ({ url: '/api/audit/region/hebei' }), expect: managers },

  // Regions and twinnings: programme managers write.
  'GET /api/regions': { call: () => ({}), expect: everyone('ok') },
  'GET /api/regions/{id}': { call: () => ({ url: '/api/regions/hebei' }), expect: everyone('ok') },
  'POST /api/regions': { call: () => ({ payload: region(unique('new-region')) }), expect: managers },
  'PUT /api/regions/{id}': {
    call: () => {
      const { id: _id, ...body } = region('matrix-region');
      return { url: '/api/regions/matrix-region', payload: body };
    },
    expect: managers,
  },
  'DELETE /api/regions/{id}': {
    call: async () => {
      const id = unique('doomed-region');
      await post('/api/regions', region(id));
      return { url: `/api/regions/${id}` };
    },
    expect: managers,
  },
  'GET /api/twinnings': { call: () => ({}), expect: everyone('ok') },
  'GET /api/twinnings/{id}': { call: () => ({ url: `/api/twinnings/${twinningId}` }), expect: everyone('ok') },
  'POST /api/twinnings': {
    call: async () => {
      const partner = unique('tw-partner');
      await post('/api/regions', region(partner));
      return { payload: { homeRegionId: 'antwerpen', partnerRegionId: partner } };
    },
    expect: managers,
  },
  'PUT /api/twinnings/{id}': {
    call: () => ({ url: `/api/twinnings/${twinningId}`, payload: { homeRegionId: 'antwerpen', partnerRegionId: 'matrix-region', since: 2020 } }),
    expect: managers,
  },
  'DELETE /api/twinnings/{id}': {
    call: async () => {
      const partner = unique('tw-doomed');
      await post('/api/regions', region(partner));
      const twinning = await post('/api/twinnings', { homeRegionId: 'antwerpen', partnerRegionId: partner });
      return { url: `/api/twinnings/${twinning.id}` };
    },
    expect: managers,
  },

  // Opportunities: partner officials write in their own region (Hebei is official X's).
  'GET /api/opportunities': { call: () => ({}), expect: everyone('ok') },
  'GET /api/opportunities/{id}': {
    call: () => ({ url: `/api/opportunities/${membersOnlyOpportunity}` }),
    expect: { ...everyone('ok'), visitor: 404 },
  },
  'POST /api/opportunities': {
    call: () => ({ payload: opportunity('hebei') }),
    expect: { ...managers, 'official-x': 'ok' },
  },
  'PUT /api/opportunities/{id}': {
    call: () => ({ url: `/api/opportunities/${hebeiOpportunity}`, payload: opportunity('hebei') }),
    expect: { ...managers, 'official-x': 'ok' },
  },
  'DELETE /api/opportunities/{id}': {
    call: async () => ({ url: `/api/opportunities/${(await post('/api/opportunities', opportunity('hebei'))).id}` }),
    expect: managers,
  },

  // Organisations: members edit their own organisation (org-a is member A's).
  'GET /api/organisations': { call: () => ({}), expect: everyone('ok') },
  'GET /api/organisations/{id}': { call: () => ({ url: '/api/organisations/org-b' }), expect: { ...everyone('ok'), visitor: 404 } },
  'POST /api/organisations': { call: () => ({ payload: organisation(unique('New organisation')) }), expect: managers },
  'PUT /api/organisations/{id}': {
    call: () => ({ url: '/api/organisations/org-a', payload: { ...organisation('Org A'), visibility: 'public' } }),
    expect: { ...managers, 'member-a': 'ok' },
  },
  'DELETE /api/organisations/{id}': {
    call: async () => ({ url: `/api/organisations/${(await post('/api/organisations', organisation(unique('Doomed')))).id}` }),
    expect: managers,
  },

  // Projects (demo project p004). Writes are checked for the policy only: an empty body is refused
  // after it, so the demo project stays as it is; projects.test.ts covers the writes themselves.
  'GET /api/projects': { call: () => ({}), expect: everyone('ok') },
  'GET /api/projects/{id}': { call: () => ({ url: '/api/projects/p004' }), expect: signedIn() },
  'POST /api/projects': { call: () => ({ payload: {} }), expect: managersPass },
  'PUT /api/projects/{id}': { call: () => ({ url: '/api/projects/p004', payload: {} }), expect: managersPass },
  'PUT /api/projects/{id}/translations/{lang}': { call: () => ({ url: '/api/projects/p004/translations/zh', payload: { title: '译文' } }), expect: managersPass },
  'DELETE /api/projects/{id}': { call: () => ({ url: '/api/projects/no-such-project' }), expect: managersPass },
  'POST /api/projects/{id}/phases/{phaseId}/gate': {
    call: () => ({ url: '/api/projects/p004/phases/none/gate', payload: {} }),
    expect: managersPass,
  },
  'POST /api/projects/{id}/activities': { call: () => ({ url: '/api/projects/p004/activities', payload: {} }), expect: managersPass },
  'PUT /api/projects/{id}/activities/{activityId}': {
    call: () => ({ url: '/api/projects/p004/activities/none', payload: {} }),
    expect: managersPass,
  },
  'POST /api/projects/{id}/deliverables/{deliverableId}/delivered': {
    call: () => ({ url: '/api/projects/p004/deliverables/none/delivered', payload: {} }),
    expect: managersPass,
  },
  'PUT /api/projects/{id}/indicators/{indicatorId}/periods/{periodId}/actual': {
    call: () => ({ url: '/api/projects/p004/indicators/none/periods/none/actual', payload: {} }),
    expect: managersPass,
  },
  'GET /api/projects/{id}/iati': { call: () => ({ url: '/api/projects/p004/iati' }), expect: managers },
  'POST /api/projects/export/iati': { call: () => ({ payload: { projectIds: ['p004'] } }), expect: managers },
  'POST /api/projects/import/iati': { call: () => ({ payload: {} }), expect: managersPass },
  // Project documents: programme managers upload, delete and download; the files are
  // confidential like budgets (others see the documents' titles only).
  'POST /api/projects/{id}/documents': { call: () => ({ url: '/api/projects/p004/documents', payload: textDocument('upload.txt') }), expect: managers },
  'DELETE /api/projects/{id}/documents/{documentId}': {
    call: async () => ({ url: `/api/projects/p004/documents/${await uploadDocument('doomed.txt')}` }),
    expect: managers,
  },
  'GET /api/projects/{id}/documents/{documentId}/file': { call: () => ({ url: `/api/projects/p004/documents/${documentId}/file` }), expect: managers },
  'GET /api/projects/{id}/report.pdf': { call: () => ({ url: '/api/projects/p004/report.pdf' }), expect: signedIn('allowed') },
  'GET /api/projects/{id}/activities.ics': { call: () => ({ url: '/api/projects/p004/activities.ics' }), expect: signedIn('allowed') },

  // Events: the calendar feed of member A's delegate. Its organisation and the organisers manage
  // the secret address; the address alone opens the feed, for anyone, until it is revoked.
  'POST /api/events/{id}/registrations/{registrationId}/feed': {
    call: () => ({ url: `/api/events/matrix-event/registrations/${registrationA}/feed` }),
    expect: { ...managers, 'member-a': 'ok' },
  },
  'DELETE /api/events/{id}/registrations/{registrationId}/feed': {
    call: () => ({ url: `/api/events/matrix-event/registrations/${registrationA}/feed` }),
    expect: { ...managers, 'member-a': 'ok' },
  },
  'GET /api/events/feeds/{file}': {
    call: async () => {
      const feed = await post(`/api/events/matrix-event/registrations/${registrationA}/feed`, {});
      return { url: new URL(feed.url).pathname, headers: {} };
    },
    expect: everyone('ok'),
  },
  // Registration without an account: the organiser opens the link and approves; the link alone
  // registers, and the private manage link alone (from the e-mail) reads, edits, cancels and
  // uses the marketplace — for anyone holding it, session or not.
  'GET /api/events/{id}/public-registration': { call: () => ({ url: '/api/events/matrix-event/public-registration' }), expect: managers },
  'PUT /api/events/{id}/public-registration': {
    call: () => ({ url: '/api/events/matrix-event/public-registration', payload: { open: true } }),
    expect: managers,
  },
  'POST /api/events/{id}/registrations/{registrationId}/approve': {
    call: () => ({ url: `/api/events/matrix-event/registrations/${registrationA}/approve` }),
    expect: managersPass,
  },
  // Badges: the delegate's organisation and the organisers; all badges and the check-in desk
  // (an empty code or walk-in is refused after the policy, so nothing is written): organisers.
  'GET /api/events/{id}/registrations/{registrationId}/badge.pdf': {
    call: () => ({ url: `/api/events/matrix-event/registrations/${registrationA}/badge.pdf` }),
    expect: { ...managers, 'member-a': 'ok' },
  },
  'GET /api/events/{id}/badges.pdf': { call: () => ({ url: '/api/events/matrix-event/badges.pdf' }), expect: managers },
  'POST /api/events/{id}/check-in': { call: () => ({ url: '/api/events/matrix-event/check-in', payload: { code: '' } }), expect: managersPass },
  'POST /api/events/{id}/walk-ins': { call: () => ({ url: '/api/events/matrix-event/walk-ins', payload: {} }), expect: managersPass },
  // Empty files: past the policy for organisers, refused by validation; nothing is read or written.
  'POST /api/events/{id}/participant-imports/preview': { call: () => ({ url: '/api/events/matrix-event/participant-imports/preview', payload: {} }), expect: managersPass },
  'POST /api/events/{id}/participant-imports': { call: () => ({ url: '/api/events/matrix-event/participant-imports', payload: {} }), expect: managersPass },
  'GET /api/events/{id}/participants.{format}': { call: () => ({ url: '/api/events/matrix-event/participants.csv' }), expect: managers },
  'GET /api/events/{id}/outcome-report.{format}': { call: () => ({ url: '/api/events/matrix-event/outcome-report.pdf' }), expect: managers },
  // An unknown meeting: past the policy for organisers only; nothing moves.
  'POST /api/events/{id}/meetings/{requestId}/move': {
    call: () => ({ url: '/api/events/matrix-event/meetings/no-such-request/move', payload: { slotId: 's1', table: 1 } }),
    expect: managersPass,
  },
  'POST /api/events/{id}/meetings/{requestId}/swap': {
    call: () => ({ url: '/api/events/matrix-event/meetings/no-such-request/swap', payload: { with: 'no-such-other' } }),
    expect: managersPass,
  },
  // An unknown event: past the policy for organisers only; the scheduler never runs.
  'POST /api/events/{id}/what-if': { call: () => ({ url: '/api/events/no-such-event/what-if', payload: {} }), expect: managersPass },
  'GET /api/public/events/{token}': { call: async () => ({ url: `/api/public/events/${await publicToken()}` }), expect: everyone('ok') },
  'POST /api/public/events/{token}/registrations': {
    call: async (who) => ({
      url: `/api/public/events/${await publicToken()}/registrations`,
      payload: { delegateName: who, delegateEmail: `${unique(who)}@example.cn`, organisationName: 'Matrix Ltd', country: 'CN', languages: ['zh'] },
    }),
    expect: everyone('ok'),
  },
  'GET /api/public/registrations/{token}': { call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}` }), expect: everyone('ok') },
  'PATCH /api/public/registrations/{token}': {
    call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}`, payload: { profile: 'Hydrogen' } }),
    expect: everyone('ok'),
  },
  'DELETE /api/public/registrations/{token}': { call: async (who) => ({ url: `/api/public/registrations/${await publicRegistration(who)}` }), expect: everyone('ok') },
  'GET /api/public/registrations/{token}/agenda': { call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}/agenda` }), expect: everyone('ok') },
  'GET /api/public/registrations/{token}/agenda.ics': {
    call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}/agenda.ics` }),
    expect: everyone('ok'),
  },
  'GET /api/public/registrations/{token}/marketplace': {
    call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}/marketplace` }),
    expect: everyone('ok'),
  },
  'GET /api/public/registrations/{token}/requests': {
    call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}/requests` }),
    expect: everyone('ok'),
  },
  'POST /api/public/registrations/{token}/requests': {
    call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}/requests`, payload: { to: [registrationA] } }),
    expect: everyone('ok'),
  },
  // An unknown request: past the policy for everyone, and nothing is answered.
  'POST /api/public/registrations/{token}/requests/{requestId}/response': {
    call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}/requests/no-such-request/response`, payload: { answer: 'accept' } }),
    expect: everyone('allowed'),
  },
  'GET /api/notifications': { call: () => ({}), expect: signedIn() },
  'POST /api/notifications/read': { call: () => ({ payload: {} }), expect: signedIn() },

  // Follow-up loop: an organisation reaches its own interactions and tasks, an official their
  // region's (the interaction below is about org A and a Hebei opportunity); others get 404.
  'GET /api/follow-up/interactions': { call: () => ({}), expect: signedIn() },
  'POST /api/follow-up/interactions': {
    call: () => ({ payload: { kind: 'call', occurredOn: '2030-01-01', organisationId: 'org-a' } }),
    expect: { ...managers, 'member-a': 'ok' },
  },
  'GET /api/follow-up/interactions/{id}': { call: () => ({ url: `/api/follow-up/interactions/${interactionId}` }), expect: ownAndRegion },
  'POST /api/follow-up/interactions/{id}/attachments': {
    call: () => ({ url: `/api/follow-up/interactions/${interactionId}/attachments`, payload: { filename: 'note.txt', contentBase64: Buffer.from('note').toString('base64') } }),
    expect: ownAndRegion,
  },
  'GET /api/follow-up/interactions/{id}/attachments/{attachmentId}': {
    call: () => ({ url: `/api/follow-up/interactions/${interactionId}/attachments/${attachmentId}` }),
    expect: ownAndRegion,
  },
  'GET /api/follow-up/tasks': { call: () => ({ url: '/api/follow-up/tasks?scope=team' }), expect: signedIn() },
  'POST /api/follow-up/tasks': {
    call: () => ({ payload: { title: 'Matrix task', dueOn: '2030-01-01', source: { kind: 'interaction', id: interactionId } } }),
    expect: ownAndRegion,
  },
  'PATCH /api/follow-up/tasks/{id}': { call: () => ({ url: `/api/follow-up/tasks/${taskId}`, payload: { dueOn: '2030-02-01' } }), expect: ownAndRegion },
  'POST /api/follow-up/tasks/feed': { call: () => ({}), expect: signedIn() },
  'DELETE /api/follow-up/tasks/feed': { call: () => ({}), expect: signedIn() },
  'GET /api/follow-up/feeds/{file}': {
    call: async () => ({ url: new URL((await post('/api/follow-up/tasks/feed', {})).url).pathname, headers: {} }),
    expect: everyone('ok'),
  },
  'GET /api/follow-up/settings': { call: () => ({}), expect: signedIn() },
  'PUT /api/follow-up/settings': { call: () => ({ payload: { opportunityAlerts: true } }), expect: signedIn() },
  'POST /api/opportunities/{id}/interest': {
    call: () => ({ url: `/api/opportunities/${hebeiOpportunity}/interest`, payload: { message: 'Interested' } }),
    expect: { ...everyone(403), visitor: 401, 'member-a': 'ok', 'member-b': 'ok' },
  },
  'POST /api/opportunities/{id}/put-forward': {
    call: () => ({ url: `/api/opportunities/${hebeiOpportunity}/put-forward`, payload: { organisationId: 'org-a', note: 'A fits' } }),
    expect: managers,
  },
  'POST /api/opportunities/{id}/publish': {
    call: async () => ({ url: `/api/opportunities/${(await post('/api/opportunities', { ...opportunity('hebei'), stage: 'draft' })).id}/publish` }),
    // A draft is not even visible to another region's official.
    expect: { ...managers, 'official-x': 'ok', 'official-y': 404 },
  },
  'POST /api/opportunities/{id}/close': {
    call: async () => ({ url: `/api/opportunities/${(await post('/api/opportunities', opportunity('hebei'))).id}/close`, payload: { reason: 'withdrawn' } }),
    expect: { ...managers, 'official-x': 'ok' },
  },
  'POST /api/events/{id}/meetings/{requestId}/feedback': {
    call: () => ({ url: '/api/events/matrix-event/meetings/no-such-meeting/feedback', payload: { registrationId: registrationA, answer: 'follow-up-agreed' } }),
    expect: signedIn(404),
  },
  'GET /api/events/{id}/meetings/{requestId}/feedback': { call: () => ({ url: '/api/events/matrix-event/meetings/no-such-meeting/feedback' }), expect: signedIn(404) },
  'GET /api/events/{id}/outcomes': { call: () => ({ url: '/api/events/matrix-event/outcomes' }), expect: managers },
  'POST /api/follow-up/outcomes': {
    call: () => ({ payload: { kind: 'mou', title: 'MoU', signedOn: '2030-01-01', matchId: 'no-such-match' } }),
    expect: signedIn(400),
  },
  // Programme managers only; the empty body then fails validation and no project is made.
  'POST /api/follow-up/outcomes/project': { call: () => ({ payload: { matchId: 'no-such-match' } }), expect: managersPass },
  'GET /api/follow-up/outcomes': { call: () => ({}), expect: signedIn() },
  'GET /api/follow-up/report': { call: () => ({}), expect: { ...managers, 'official-x': 'ok', 'official-y': 'ok' } },
  'POST /api/follow-up/report/indicator': { call: () => ({ payload: {} }), expect: managersPass },

  // Thesaurus and matching: admins edit concepts; programme managers recompute matches.
  'PUT /api/thesaurus/concepts/{id}': {
    call: () => ({ url: '/api/thesaurus/concepts/matrix-concept', payload: { labels: { nl: ['matrixbegrip'], en: ['matrix concept'], zh: ['矩阵概念'] } } }),
    expect: admins,
  },
  'DELETE /api/thesaurus/concepts/{id}': { call: () => ({ url: '/api/thesaurus/concepts/no-such-concept' }), expect: { ...admins, admin: 'allowed' } },
  'POST /api/matching/recompute': { call: () => ({}), expect: managers },
};

const publicWrites = new Set([
  'POST /api/auth/login',
  'POST /api/auth/invitations/accept',
  'POST /api/auth/password-reset/request',
  'POST /api/auth/password-reset',
  // Registration without an account: the token in the path is the only credential.
  'POST /api/public/events/{token}/registrations',
  'PATCH /api/public/registrations/{token}',
  'DELETE /api/public/registrations/{token}',
  'POST /api/public/registrations/{token}/requests',
  'POST /api/public/registrations/{token}/requests/{requestId}/response',
]);

type Operation = { 'x-access'?: string };

const roleOf: Record<CastMember, string | null> = {
  visitor: null,
  'member-a': 'member',
  'member-b': 'member',
  'official-x': 'partner-official',
  'official-y': 'partner-official',
  'programme-manager': 'programme-manager',
  admin: 'admin',
};

/**
 * For a route without a row of its own: the expectations its declared policy implies, called with
 * an empty body and made-up ids (so a caller who passes the policy gets a 400 or 404 and nothing is
 * written). Precise rows (with real records and 2xx) belong in `matrix`; this keeps every route
 * under test as soon as it exists.
 */
function derivedRow(policy: string): Row {
  const expect = {} as Record<CastMember, Outcome>;
  for (const who of cast) {
    const role = roleOf[who];
    if (policy === 'public') expect[who] = 'allowed';
    else if (role === null) expect[who] = 401;
    else if (policy === 'signed-in' || policy === 'session') expect[who] = 'allowed';
    else if (policy === 'programme-manager') expect[who] = role === 'programme-manager' || role === 'admin' ? 'allowed' : 403;
    else if (policy === 'admin') expect[who] = role === 'admin' ? 'allowed' : 403;
    else {
      // 'member (own organisation) | programme-manager | admin'
      const part = policy.split('|').map((p) => p.trim()).find((p) => p.split(' ')[0] === role);
      expect[who] = !part ? 403 : part.includes('(') ? 'signed-in' : 'allowed';
    }
  }
  return { call: () => ({ payload: {} }), expect };
}
let routes: { key: string; method: string; path: string; op: Operation }[];

/** The built web app; without a build (vitest run straight after a clone) a stand-in page. */
function builtWebApp(): string {
  const built = resolve('dist/web');
  if (existsSync(join(built, 'index.html'))) return built;
  const standIn = resolve('.tmp/web-stand-in');
  mkdirSync(standIn, { recursive: true });
  writeFileSync(join(standIn, 'index.html'), '<!doctype html><title>stand-in</title><script type="module" src="/x.js"></script>');
  return standIn;
}

beforeAll(async () => {
  t = await createTestApp({ webDist: builtWebApp() });
  ({ headers: h, ids } = await createCast(t));
  await post('/api/regions', region('matrix-region'));
  twinningId = (await post('/api/twinnings', { homeRegionId: 'antwerpen', partnerRegionId: 'matrix-region' })).id;
  membersOnlyOpportunity = (await post('/api/opportunities', opportunity('sichuan', 'members'))).id;
  hebeiOpportunity = (await post('/api/opportunities', opportunity('hebei'))).id;
  documentId = await uploadDocument('minutes.txt');
  await post('/api/events', {
    id: 'matrix-event',
    title: 'Matrix matchmaking',
    languages: ['en'],
    tables: 1,
    slots: [{ id: 's1', start: '2030-01-15T09:00:00Z', end: '2030-01-15T09:20:00Z' }],
  });
  registrationA = (
    await post('/api/events/matrix-event/registrations', { organisationId: 'org-a', delegateName: 'Anna', delegateEmail: 'anna@org-a.example', languages: ['en'] }, h['member-a'])
  ).id;
  const interaction = await post('/api/follow-up/interactions', { kind: 'meeting', occurredOn: '2030-01-01', organisationId: 'org-a', opportunityId: hebeiOpportunity });
  interactionId = interaction.id;
  attachmentId = (await post(`/api/follow-up/interactions/${interactionId}/attachments`, { filename: 'minutes.txt', contentBase64: Buffer.from('minutes').toString('base64') })).attachments[0].id;
  taskId = (await post('/api/follow-up/tasks', { title: 'Matrix follow-up', dueOn: '2030-01-01', source: { kind: 'interaction', id: interactionId } })).id;
  const openapi = await t.app.inject({ url: '/api/openapi.json' });
  if (openapi.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${openapi.statusCode}: ${openapi.body}`);
  const doc = openapi.json() as { paths: Record<string, Record<string, Operation>> };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, op })),
  );
});
afterAll(() => t.close());

describe('route policies', () => {
  it('every route of the OpenAPI document declares who may call it', () => {
    expect(routes.length).toBeGreaterThan(30);
    const undeclared = routes.filter((r) => !r.op['x-access']).map((r) => r.key);
    expect(undeclared).toEqual([]);
    const stale = Object.keys(matrix).filter((key) => !routes.some((r) => r.key === key));
    expect(stale, 'rows of routes that no longer exist').toEqual([]);
    // Accounts, audit, regions, twinnings, opportunities and organisations have precise rows.
    const core = /^\w+ \/api\/(health|ready|auth\/.+|users(\/\{id\})?|outbox|audit|(regions|twinnings|opportunities|organisations)(\/\{id\})?)$/;
    const imprecise = routes.filter((r) => core.test(r.key) && !matrix[r.key]).map((r) => r.key);
    expect(imprecise, 'add a precise row to the matrix in test/access.test.ts').toEqual([]);
  });

  it('answers 401 to every write without a session, apart from sign-in, invitations and password reset', async () => {
    const writes = routes.filter((r) => r.method !== 'GET');
    expect(writes.length).toBeGreaterThan(20);
    for (const route of writes) {
      const res = await t.app.inject({ method: route.method as 'POST', url: route.path.replace(/\{\w+\}/g, 'some-id'), payload: {} });
      if (publicWrites.has(route.key)) expect(res.statusCode, route.key).not.toBe(401);
      else {
        expect(res.statusCode, route.key).toBe(401);
        expect(res.json().error, route.key).toBe('unauthenticated');
      }
    }
  });

  it('refuses a cookie-authenticated write without the session’s CSRF token', async () => {
    const { 'x-csrf-token': _token, ...cookieOnly } = pm();
    const payload = { ...region(unique('csrf')) };
    const bare = await t.app.inject({ method: 'POST', url: '/api/regions', payload, headers: cookieOnly });
    expect(bare.statusCode).toBe(403);
    expect(bare.json().message).toContain('X-CSRF-Token');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/regions', payload, headers: { ...cookieOnly, 'x-csrf-token': 'guess' } });
    expect(wrong.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/regions', payload, headers: pm() })).statusCode).toBe(201);
  });

  it('serves web pages with a Content Security Policy that allows no inline script', async () => {
    for (const url of ['/', '/regions/hebei', '/api/docs/']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1];
      expect(scriptSrc, url).toBeDefined();
      expect(scriptSrc, url).not.toContain('unsafe-inline');
      expect(scriptSrc, url).not.toContain('unsafe-eval');
    }
  });

  it('lets only this origin’s pages use the camera (check-in desk) and no page the microphone or location', async () => {
    const res = await t.app.inject({ url: '/events/matrix-event/check-in' });
    const policy = String(res.headers['permissions-policy']);
    expect(policy).toContain('camera=(self)');
    expect(policy).toContain('microphone=()');
    expect(policy).toContain('geolocation=()');
    // The camera's stream reaches the video through srcObject: the CSP stays as strict as before.
    expect(String(res.headers['content-security-policy'])).not.toMatch(/media-src|blob:|mediastream:/);
  });
});

describe('files and secret addresses', () => {
  it('serves an uploaded document as a download of its stored type, never sniffed or rendered', async () => {
    const res = await t.app.inject({ url: `/api/projects/p004/documents/${documentId}/file`, headers: h['programme-manager'] });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="minutes\.txt"/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toBe('Minutes of the matrix meeting');
  });

  it('ends a calendar feed at once when it is revoked or replaced', async () => {
    const feedUrl = `/api/events/matrix-event/registrations/${registrationA}/feed`;
    const first = new URL((await post(feedUrl, {}, h['member-a'])).url).pathname;
    expect((await t.app.inject({ url: first })).statusCode).toBe(200);
    const second = new URL((await post(feedUrl, {}, h['member-a'])).url).pathname;
    expect((await t.app.inject({ url: first })).statusCode).toBe(404);
    expect((await t.app.inject({ url: second })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'DELETE', url: feedUrl, headers: h['member-a'] })).statusCode).toBe(204);
    expect((await t.app.inject({ url: second })).statusCode).toBe(404);
  });
});

describe('input limits', () => {
  it('refuses an oversized upload from its Content-Length, before reading the body', async () => {
    const tooBig = 'A'.repeat(16 * 1024 * 1024);
    for (const url of ['/api/projects/p004/documents', '/api/projects/import/iati']) {
      const res = await t.app.inject({ method: 'POST', url, headers: { ...pm(), 'content-type': 'application/json', 'content-length': String(64 * 1024 * 1024) }, payload: tooBig });
      expect(res.statusCode, url).toBe(413);
    }
  });

  it('refuses an IATI file with a DOCTYPE (billion laughs) as malformed, naming line and column', async () => {
    const entities = ['<!ENTITY l0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)];
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE x [${entities.join('')}]>\n<iati-activities version="2.03"><x>&l9;</x></iati-activities>`;
    const res = await t.app.inject({ method: 'POST', url: '/api/projects/import/iati', headers: pm(), payload: { xml } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('line 2, column 1');
    expect(res.json().message).toContain('DOCTYPE');
  });
});

describe('authorisation matrix', () => {
  for (const who of cast) {
    it(`as ${who}`, async () => {
      const failures: string[] = [];
      let calls = 0;
      for (const route of routes) {
        const row = matrix[route.key] ?? derivedRow(route.op['x-access'] ?? '');
        calls++;
        const call = await row.call(who);
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: call.url ?? route.path.replace(/\{\w+\}/g, 'no-such-id'),
          payload: call.payload as object | undefined,
          headers: call.headers ?? h[who],
        });
        const expected = row.expect[who];
        const ok =
          expected === 'ok'
            ? res.statusCode >= 200 && res.statusCode < 300
            : expected === 'allowed'
              ? res.statusCode !== 401 && res.statusCode !== 403 && res.statusCode < 500
              : expected === 'signed-in'
                ? res.statusCode !== 401 && res.statusCode < 500
                : res.statusCode === expected;
        if (!ok) failures.push(`${route.key}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
      expect(failures).toEqual([]);
      expect(calls).toBe(routes.length);
    });
  }
});
