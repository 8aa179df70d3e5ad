// The authorisation matrix's world: the cast, the records they call routes on, and the shapes of a row.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Project } from '../../src/core/projects/model';
import { jobHandlers } from '../../src/server/app';
import { outbox } from '../../src/server/db/schema';
import { checkInCodeOf, checkInKeyOf } from '../../src/server/features/events/check-in-code';
import { drainJobs } from '../../src/server/features/jobs/jobs.service';
import { type AuthHeaders, cast, createAccount, signIn, type CastMember } from '../accounts';
import { bareProjectInput, buildCast, buildOpportunity, buildProject, buildRegion } from '../factories';
import { createTestApp, TEST_MAIL_LINK_KEY, type TestApp } from '../test-app';

/**
 * 'ok': any 2xx; a number: that status; otherwise the code of a 403: 'role_forbidden' when the
 * route's policy refuses the caller's role, the use case's own code when its rule refuses the record.
 */
export type Outcome = 'ok' | 401 | 404 | 503 | Refusal;
export type Refusal = 'role_forbidden' | 'own_organisation_only' | 'own_region_only' | 'invitee_only' | 'requester_only' | 'meeting_parties_only';
export type Call = { url?: string; payload?: unknown; headers?: AuthHeaders };
export type Row = {
  /** Builds the request for one caller; may prepare what the call needs (a record to delete…). */
  call: (who: CastMember) => Call | Promise<Call>;
  expect: Record<CastMember, Outcome>;
};
export type Rows = Record<string, Row>;

export const everyone = (outcome: Outcome) => Object.fromEntries(cast.map((c) => [c, outcome])) as Record<CastMember, Outcome>;
export const signedIn = (outcome: Outcome = 'ok') => ({ ...everyone(outcome), visitor: 401 as Outcome });
export const managers = { ...everyone('role_forbidden'), visitor: 401, 'programme-manager': 'ok', admin: 'ok' } as Record<CastMember, Outcome>;
export const admins = { ...managers, 'programme-manager': 'role_forbidden' } as Record<CastMember, Outcome>;
/**
 * A record of organisation A: its member and the managers; member B is refused by the use case's
 * rule (`memberB`), officials by the policy or, where any signed-in caller passes it, by that rule.
 */
export const ownOrganisation = (memberB: Refusal = 'own_organisation_only', officials: Refusal = 'role_forbidden') =>
  ({ ...managers, 'member-a': 'ok', 'member-b': memberB, 'official-x': officials, 'official-y': officials }) as Record<CastMember, Outcome>;
/** A record of region X: its official and the managers; official Y is refused by the region rule. */
export const ownRegion = { ...managers, 'official-x': 'ok', 'official-y': 'own_region_only' } as Record<CastMember, Outcome>;
/** A follow-up record of organisation A in region X: A's members, X's official and managers; 404 for the others. */
export const ownAndRegion = { ...everyone(404), visitor: 401, 'member-a': 'ok', 'official-x': 'ok', 'programme-manager': 'ok', admin: 'ok' } as Record<
  CastMember,
  Outcome
>;

/** The records of the matrix, made once per test file before its tests. */
export type Fixture = {
  t: TestApp;
  h: Record<CastMember, AuthHeaders>;
  /** The people of test/factories.ts `buildCast` (id, e-mail and affiliation of each). */
  people: Awaited<ReturnType<typeof buildCast>>['people'];
  /** The cast's partner provinces: X is official X's, Y official Y's. */
  regionX: string;
  regionY: string;
  /** The cast's organisations: A (public) is member A's, B (members-only) member B's. */
  orgA: string;
  orgB: string;
  /** A home region twinned with the partner region matrix-region. */
  homeRegion: string;
  twinningId: string;
  /** A members-only opportunity in region Y. */
  membersOnlyOpportunity: string;
  /** A public opportunity in region X. */
  opportunityX: string;
  documentId: string;
  /** Member A's delegate at the matrix event (organisation A). */
  registrationA: string;
  interactionId: string;
  attachmentId: string;
  taskId: string;
  /** The grid event (one slot, two tables): A's delegate, and its meeting with B's delegate. */
  gridA: string;
  gridMeeting: string;
  /** The other meeting of the grid event (of two more delegates of A and B), for swaps. */
  gridOther: string;
  /** The check-in code on the badge of member A's delegate. */
  checkInCode: string;
  /** A match of organisation A (put forward for the opportunity in region X). */
  matchA: string;
  /** A project of test/factories.ts `buildProject`: an activity and an indicator of it, and a deliverable and a period added to them. */
  projectId: string;
  activityId: string;
  indicatorId: string;
  deliverableId: string;
  periodId: string;
  /** An organisations import, checked and not committed. */
  importId: string;
  /** That project as IATI XML. */
  iatiXml: string;
};
export const fx = {} as Fixture;

let sequence = 0;
export const unique = (prefix: string) => `${prefix}-${++sequence}`;
export const pm = () => fx.h['programme-manager'];
const drain = () => drainJobs(fx.t.database.db, jobHandlers);

export async function post(url: string, payload: object, headers = pm(), method: 'POST' | 'PUT' = 'POST') {
  const res = await fx.t.app.inject({ method, url, payload, headers });
  if (res.statusCode >= 300) throw new Error(`setup ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

export const region = (id: string, side: 'home' | 'partner' = 'partner') => ({
  id,
  side,
  level: 'province',
  country: side === 'home' ? 'BE' : 'CN',
  name: { original: 'en', en: `Region ${id}` },
});
export const opportunity = (regionId: string, visibility = 'public') => ({
  regionId,
  title: { original: 'en', en: 'Matrix opportunity' },
  themes: ['water'],
  visibility,
});
export const organisation = (name: string) => ({ name, type: 'company', country: 'BE' });
export const textDocument = (filename: string) => ({
  title: { original: 'en', en: 'Minutes' },
  category: 'A07',
  languages: ['en'],
  filename,
  contentBase64: Buffer.from('Minutes of the matrix meeting').toString('base64'),
});
/** The address of the matrix's project, or of `part` of it. */
export const projectUrl = (part = '') => `/api/projects/${fx.projectId}${part}`;
/** Uploads a document to the matrix's project; its id. */
export async function uploadDocument(filename: string): Promise<string> {
  const project = await post(projectUrl('/documents'), textDocument(filename));
  return (project.documents as { id: string }[]).at(-1)!.id;
}

/** A new delegate of `organisationId` at `eventId`, registered by the organiser; its id. */
export async function delegate(organisationId: string, eventId = 'matrix-event'): Promise<string> {
  const name = unique('delegate');
  return (
    await post(`/api/events/${eventId}/registrations`, {
      organisationId,
      delegateName: name,
      delegateEmail: `${name}@${organisationId}.example`,
      languages: ['en'],
    })
  ).id;
}
/** A pending meeting request from a new delegate of `from` to a new delegate of `to`, made by the organiser; its id. */
export async function pendingRequest(from: string, to: string): Promise<string> {
  return (await post('/api/events/matrix-event/requests', { from: await delegate(from), to: [await delegate(to)] })).id;
}

/** An organisations file of one good row, uploaded and checked; the import's id. */
export async function checkedImport(): Promise<string> {
  const id = unique('imported');
  const csv = `id,name,type,country\n${id},Imported ${id},company,BE\n`;
  const created = await post('/api/imports', { kind: 'organisations', filename: 'orgs.csv', contentBase64: Buffer.from(csv).toString('base64') });
  await drain();
  return created.id;
}

/** The matrix event's public registration link, opened once by the organiser. */
let publicLink: Promise<string> | undefined;
export const publicToken = () =>
  (publicLink ??= fx.t.app
    .inject({ method: 'PUT', url: '/api/events/matrix-event/public-registration', payload: { open: true }, headers: pm() })
    .then((res) => res.json().token as string));

/** Registers a delegate named `who` from the public link; answers the private manage token from the e-mail. */
export async function publicRegistration(who: string): Promise<string> {
  const email = `${who}-${unique('public')}@example.cn`;
  await post(
    `/api/public/events/${await publicToken()}/registrations`,
    { delegateName: who, delegateEmail: email, organisationName: 'Matrix Ltd', country: 'CN', languages: ['zh'] },
    {},
  );
  const mails = await fx.t.database.db.select().from(outbox).where(eq(outbox.to, email));
  return /\/events\/registration\/([\w-]{43})/.exec(mails[0]!.text)![1]!;
}
/** One registration per caller for the rows that leave it in place (public routes are rate limited). */
const keptRegistrations = new Map<string, Promise<string>>();
export const keptRegistration = (who: string) => keptRegistrations.get(who) ?? keptRegistrations.set(who, publicRegistration(who)).get(who)!;

/** A second account with the same role and affiliation, for calls that end sessions. */
export async function spareSession(who: CastMember): Promise<AuthHeaders> {
  if (who === 'visitor') return {};
  const me = (await fx.t.app.inject({ url: '/api/auth/me', headers: fx.h[who] })).json().user;
  const email = `${unique('spare')}@example.org`;
  await createAccount(fx.t, { email, role: me.role, organisationId: me.organisationId, regionId: me.regionId });
  return signIn(fx.t, email);
}

/** The built web app; without a build (vitest run straight after a clone) a stand-in page. */
function builtWebApp(): string {
  const built = resolve('dist/web');
  if (existsSync(join(built, 'index.html'))) return built;
  const standIn = resolve('.tmp/web-stand-in');
  mkdirSync(standIn, { recursive: true });
  writeFileSync(join(standIn, 'index.html'), '<!doctype html><title>stand-in</title><script type="module" src="/x.js"></script>');
  return standIn;
}

const slot = { id: 's1', start: '2030-01-15T09:00:00Z', end: '2030-01-15T09:20:00Z' };

async function createEvents() {
  const { h } = fx;
  await post('/api/events', { id: 'matrix-event', title: 'Matrix matchmaking', languages: ['en'], tables: 1, slots: [slot] });
  fx.registrationA = (
    await post(
      '/api/events/matrix-event/registrations',
      { organisationId: fx.orgA, delegateName: 'Anna', delegateEmail: `anna@${fx.orgA}.example`, languages: ['en'] },
      h['member-a'],
    )
  ).id;
  fx.checkInCode = checkInCodeOf(checkInKeyOf(TEST_MAIL_LINK_KEY), 'matrix-event', fx.registrationA);
  await post('/api/events', { id: 'matrix-grid', title: 'Matrix grid', languages: ['en'], tables: 2, slots: [slot] });
  const gridReg = async (who: 'member-a' | 'member-b', organisationId: string) =>
    (
      await post(
        '/api/events/matrix-grid/registrations',
        { organisationId, delegateName: who, delegateEmail: `${who}@grid.example`, languages: ['en'] },
        h[who],
      )
    ).id;
  fx.gridA = await gridReg('member-a', fx.orgA);
  fx.gridMeeting = (await post('/api/events/matrix-grid/requests', { from: fx.gridA, to: [await gridReg('member-b', fx.orgB)] }, h['member-a'])).id;
  await post(`/api/events/matrix-grid/requests/${fx.gridMeeting}/response`, { answer: 'accept' }, h['member-b']);
  fx.gridOther = (
    await post('/api/events/matrix-grid/requests', { from: await delegate(fx.orgA, 'matrix-grid'), to: [await delegate(fx.orgB, 'matrix-grid')] })
  ).id;
  await post(`/api/events/matrix-grid/requests/${fx.gridOther}/response`, { answer: 'accept' });
  await post('/api/events/matrix-grid/schedule', { timeLimitSeconds: 1 });
  await post('/api/events', { id: 'matrix-approval', title: 'Matrix approval', languages: ['en'], tables: 1, slots: [slot] });
  approvalToken = (await post('/api/events/matrix-approval/public-registration', { open: true, approval: true }, pm(), 'PUT')).token;
}

/** The link of the approval event: its registrations wait for the organiser. */
let approvalToken: string;
/** A registration that awaits the organiser's approval; its id. */
export async function awaitingApproval(): Promise<string> {
  const email = `${unique('applicant')}@example.cn`;
  await post(
    `/api/public/events/${approvalToken}/registrations`,
    { delegateName: 'Applicant', delegateEmail: email, organisationName: 'Matrix Ltd', country: 'CN', languages: ['zh'] },
    {},
  );
  const listed = (await fx.t.app.inject({ url: '/api/events/matrix-approval/registrations', headers: pm() })).json().items as {
    id: string;
    delegateEmail: string;
  }[];
  return listed.find((r) => r.delegateEmail === email)!.id;
}

/** A small project of one phase with a finished activity; its gate may be decided. */
export const matrixProject = (id: string) =>
  bareProjectInput(id, {
    title: { original: 'en', en: 'Matrix project' },
    dates: { plannedStart: '2030-01-01' },
    phases: [{ id: `${id}-ph1`, order: 1, name: { original: 'en', en: 'Study' }, gate: { status: 'pending' }, activities: [activity(`${id}-a1`, 'done')] }],
  });
export const activity = (id: string, status: 'planned' | 'done'): Project['phases'][number]['activities'][number] => ({
  id,
  type: 'expert-meeting',
  title: { original: 'en', en: 'Kick-off' },
  date: { precision: 'day', start: '2020-03-02' },
  recurring: false,
  tentative: false,
  status,
  organisationIds: [],
  personIds: [],
  deliverables: [],
});

async function createProjectRecords() {
  const project = await buildProject(fx.t);
  fx.projectId = project.id;
  fx.activityId = project.phases[0]!.activities[0]!.id;
  fx.indicatorId = project.results[0]!.indicators[0]!.id;
  const added = await post(projectUrl('/deliverables'), deliverable());
  fx.deliverableId = added.phases[0].activities[0].deliverables.at(-1).id;
  const withPeriod = await post(projectUrl(`/indicators/${fx.indicatorId}/periods`), period(2040));
  fx.periodId = withPeriod.results[0].indicators[0].periods.at(-1).id;
}
export const deliverable = () => ({
  activityId: fx.activityId,
  title: { original: 'en', en: 'Matrix deliverable' },
  due: { precision: 'quarter', year: 2030, quarter: 3 },
  status: 'planned',
});
export const period = (year: number) => ({ start: `${year}-01-01`, end: `${year}-12-31`, target: { value: 10 } });

/** Makes the app and the records before the file's tests (into `fx`) and closes it after them. */
export function useAccessApp() {
  beforeAll(async () => {
    fx.t = await createTestApp({ webDist: builtWebApp() });
    const { headers, people, regions, organisations } = await buildCast(fx.t);
    Object.assign(fx, { h: headers, people, regionX: regions.x.id, regionY: regions.y.id, orgA: organisations.a.id, orgB: organisations.b.id });
    fx.homeRegion = (await buildRegion(fx.t, { side: 'home', country: 'BE' })).id;
    await post('/api/regions', region('matrix-region'));
    fx.twinningId = (await post('/api/twinnings', { homeRegionId: fx.homeRegion, partnerRegionId: 'matrix-region' })).id;
    fx.membersOnlyOpportunity = (await buildOpportunity(fx.t, { region: regions.y, visibility: 'members' })).id;
    fx.opportunityX = (await buildOpportunity(fx.t, { region: regions.x })).id;
    await createProjectRecords();
    fx.documentId = await uploadDocument('minutes.txt');
    await createEvents();
    const interaction = await post('/api/follow-up/interactions', {
      kind: 'meeting',
      occurredOn: '2030-01-01',
      organisationId: fx.orgA,
      opportunityId: fx.opportunityX,
    });
    fx.interactionId = interaction.id;
    const attachment = { filename: 'minutes.txt', contentBase64: Buffer.from('minutes').toString('base64') };
    fx.attachmentId = (await post(`/api/follow-up/interactions/${fx.interactionId}/attachments`, attachment)).attachments[0].id;
    fx.taskId = (
      await post('/api/follow-up/tasks', { title: 'Matrix follow-up', dueOn: '2030-01-01', source: { kind: 'interaction', id: fx.interactionId } })
    ).id;
    await post(`/api/opportunities/${fx.opportunityX}/put-forward`, { organisationId: fx.orgA, note: 'A fits' });
    fx.importId = await checkedImport();
    await post('/api/projects', matrixProject('p-matrix'));
    fx.iatiXml = (await post('/api/projects/export/iati', { projectIds: [fx.projectId] })).xml;
    fx.matchA = (await fx.t.app.inject({ url: `/api/matches?organisationId=${fx.orgA}`, headers: pm() })).json().items[0].id;
  });
  afterAll(() => fx.t.close());
}

type Operation = { 'x-access'?: string };
export type Route = { key: string; method: string; path: string; op: Operation };

/** Every route of the app's OpenAPI document. */
export async function openApiRoutes(): Promise<Route[]> {
  const openapi = await fx.t.app.inject({ url: '/api/openapi.json' });
  if (openapi.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${openapi.statusCode}: ${openapi.body}`);
  const doc = openapi.json() as { paths: Record<string, Record<string, Operation>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, op })),
  );
}
