// Factories for tests: each builds one record through the app's own use cases (checked and audited
// as in production, no mocks) under a fresh id, and builds the parents it needs unless it is given
// them. A test says what it depends on instead of leaning on the demo's records (issue #18).
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Project } from '../src/core/projects/model';
import { systemActor } from '../src/server/actor';
import { createEvent, register } from '../src/server/features/events/events.service';
import { createOpportunity } from '../src/server/features/opportunities/opportunities.service';
import { createOrganisation } from '../src/server/features/organisations/organisations.service';
import { createProject } from '../src/server/features/projects/create-project';
import { createRegion } from '../src/server/features/regions/regions.service';
import { EventInput, OpportunityInput, OrganisationInput, RegionInput, RegistrationInput, type Role } from '../src/shared/api';
import { type AuthHeaders, type CastMember, createAccount, signIn } from './accounts';
import type { TestApp } from './test-app';

const factory = systemActor('test factory');

/** An id no other record of the test database has: `prefix-` and eight hex digits. */
export const uniqueId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

const en = (text: string) => ({ original: 'en' as const, en: text });

/** A partner province in China unless told otherwise. */
export async function buildRegion(t: TestApp, fields: Partial<z.input<typeof RegionInput>> = {}) {
  const id = fields.id ?? uniqueId('region');
  return createRegion(
    t.database.db,
    factory,
    RegionInput.parse({ id, side: 'partner', level: 'province', country: 'CN', name: en(`Region ${id}`), ...fields }),
  );
}

/** A partner province and a city of it, for what a region counts of its sub-regions. */
export async function buildProvinceWithCity(t: TestApp) {
  const province = await buildRegion(t);
  const city = await buildRegion(t, { level: 'city', parentId: province.id });
  return { province, city };
}

/** A public company; `region` becomes its home region. */
export async function buildOrganisation(t: TestApp, { region, ...fields }: Partial<z.input<typeof OrganisationInput>> & { region?: { id: string } } = {}) {
  const id = fields.id ?? uniqueId('org');
  const input = OrganisationInput.parse({ id, name: `Organisation ${id}`, type: 'company', country: 'NL', homeRegionId: region?.id ?? null, ...fields });
  return createOrganisation(t.database.db, factory, input);
}

/** A published opportunity on hydrogen in `region`, or in a region built for it. */
export async function buildOpportunity(t: TestApp, { region, ...fields }: Partial<z.input<typeof OpportunityInput>> & { region?: { id: string } } = {}) {
  const regionId = fields.regionId ?? region?.id ?? (await buildRegion(t)).id;
  const input = OpportunityInput.parse({ id: uniqueId('opportunity'), regionId, title: en('Hydrogen buses'), themes: ['hydrogen'], ...fields });
  return createOpportunity(t.database.db, factory, input);
}

/** A signed-in account (named after its e-mail address unless given a `displayName`): a member of `organisation` (built when left out), a partner official of `region` (likewise), or a role without affiliation. */
export async function buildUser(
  t: TestApp,
  { role, organisation, region, displayName }: { role: Role; organisation?: { id: string }; region?: { id: string }; displayName?: string },
): Promise<{ id: string; email: string; organisationId: string | null; regionId: string | null; headers: AuthHeaders }> {
  const organisationId = organisation?.id ?? (role === 'member' ? (await buildOrganisation(t)).id : null);
  const regionId = region?.id ?? (role === 'partner-official' ? (await buildRegion(t)).id : null);
  const email = `${uniqueId(role)}@example.org`;
  const user = await createAccount(t, { email, role, organisationId, regionId, displayName });
  return { id: user.id, email, organisationId, regionId, headers: await signIn(t, email) };
}

/**
 * A project with nothing but what the model requires: its title, purpose, theme, status and the
 * phases given (none by default); `fields` replace its top-level parts.
 */
export function bareProjectInput(id: string, fields: Partial<Project> = {}): Project {
  return {
    id,
    iatiIdentifier: `XE-EXAMPLE-CTB-${id.toUpperCase()}`,
    title: en(`Project ${id}`),
    purpose: en('Check what a project needs.'),
    themes: ['water'],
    status: 2,
    dates: {},
    currency: 'EUR',
    budgetLines: [],
    transactions: [],
    organisations: [],
    people: [],
    participations: [],
    bodies: [],
    documents: [],
    agreements: [],
    phases: [],
    results: [],
    ...fields,
  };
}

/**
 * A small project of two phases: a budget, a transaction in CNY, a steering committee, a document,
 * a done activity dated 2 March 2020 whose deliverable was due in June 2020 (overdue), and an
 * indicator with a target for 2030. Every id of its parts starts with the project's id.
 */
export function projectInput(id = uniqueId('project')): Project {
  return {
    id,
    iatiIdentifier: `XE-EXAMPLE-CTB-${id.toUpperCase()}`,
    title: { original: 'en', en: 'Hydrogen buses in Hebei', zh: '河北氢能公交' },
    purpose: en('Pilot hydrogen buses.'),
    themes: ['hydrogen'],
    status: 2,
    dates: { plannedStart: '2030-01-01' },
    currency: 'EUR',
    budgetLines: [{ id: `${id}-b1`, value: { amount: 100_000, currency: 'EUR' }, period: { start: '2030-01-01', end: '2030-12-31' }, status: 'committed' }],
    transactions: [
      {
        id: `${id}-t1`,
        kind: 'spent',
        date: '2030-02-01',
        value: { amount: 78_000, currency: 'CNY' },
        exchangeRate: { from: 'EUR', to: 'CNY', rate: 7.8, date: '2030-02-01' },
        providerOrganisationId: `${id}-o1`,
      },
    ],
    organisations: [{ id: `${id}-o1`, name: en('Province of Hebei'), iatiType: '10' }],
    people: [],
    participations: [{ id: `${id}-x1`, organisationId: `${id}-o1`, role: 1 }],
    bodies: [{ id: `${id}-sc`, kind: 'steering-committee', name: en('Steering committee'), members: [{ id: `${id}-sc-1`, organisationId: `${id}-o1` }] }],
    documents: [{ id: `${id}-d1`, title: en('Minutes'), category: 'A07', languages: ['en'] }],
    agreements: [],
    phases: [
      {
        id: `${id}-ph1`,
        order: 1,
        name: en('Study'),
        gate: { status: 'pending' },
        activities: [
          {
            id: `${id}-a1`,
            type: 'expert-meeting',
            title: en('Kick-off'),
            date: { precision: 'day', start: '2020-03-02' },
            recurring: false,
            tentative: false,
            status: 'done',
            organisationIds: [`${id}-o1`],
            personIds: [],
            deliverables: [{ id: `${id}-dl1`, title: en('Study report'), due: { precision: 'month', year: 2020, month: 6 }, status: 'planned', evidence: [] }],
          },
        ],
      },
      { id: `${id}-ph2`, order: 2, name: en('Pilot'), gate: { status: 'pending' }, activities: [] },
    ],
    results: [
      {
        id: `${id}-r1`,
        type: 'output',
        title: en('Buses running'),
        indicators: [
          {
            id: `${id}-i1`,
            title: en('Buses'),
            measure: 'unit',
            ascending: true,
            baseline: { year: 2029, value: 0 },
            periods: [{ id: `${id}-i1-2030`, start: '2030-01-01', end: '2030-12-31', target: { value: 10 } }],
          },
        ],
      },
    ],
  };
}

/** The project of `projectInput`, stored; `fields` replace its top-level parts. */
export async function buildProject(t: TestApp, fields: Partial<Project> = {}) {
  return createProject(t.database.db, factory, { ...projectInput(fields.id), ...fields });
}

/** An event of two half-hour meeting slots on 12 May 2030 (s1, s2) at two tables, in English. */
export async function buildEvent(t: TestApp, fields: Partial<z.input<typeof EventInput>> = {}) {
  const slot = (n: number) => {
    const start = Date.UTC(2030, 4, 12, 9) + (n - 1) * 30 * 60_000;
    return { id: `s${n}`, start: new Date(start).toISOString(), end: new Date(start + 25 * 60_000).toISOString() };
  };
  const input = EventInput.parse({ id: uniqueId('event'), title: 'Matchmaking day', languages: ['en'], slots: [slot(1), slot(2)], tables: 2, ...fields });
  return createEvent(t.database.db, factory, input);
}

/** A delegate of `organisation` at `event`, each built when left out. */
export async function buildRegistration(
  t: TestApp,
  { event, organisation, ...fields }: Partial<z.input<typeof RegistrationInput>> & { event?: { id: string }; organisation?: { id: string } } = {},
) {
  const eventId = event?.id ?? (await buildEvent(t)).id;
  const organisationId = fields.organisationId ?? organisation?.id ?? (await buildOrganisation(t)).id;
  const name = uniqueId('delegate');
  const input = RegistrationInput.parse({ organisationId, delegateName: name, delegateEmail: `${name}@example.org`, languages: ['en'], ...fields });
  return register(t.database.db, factory, eventId, input);
}

/**
 * The people of a permission test, on records of their own: organisation A (public) and B (members-only), each with a member and
 * confidential notes; partner officials of partner provinces X and Y; a programme manager and an
 * admin, each named after their part (`member-a`…). `headers.visitor` is empty.
 */
export async function buildCast(t: TestApp) {
  const regions = {
    x: await buildRegion(t, { name: { original: 'en', en: 'Province X', zh: 'X省' } }),
    y: await buildRegion(t, { name: { original: 'en', en: 'Province Y', zh: 'Y省' } }),
  };
  const organisations = {
    a: await buildOrganisation(t, { name: 'Org A', visibility: 'public', notes: 'A: confidential' }),
    b: await buildOrganisation(t, { name: 'Org B', visibility: 'members', notes: 'B: confidential' }),
  };
  const person = (displayName: Exclude<CastMember, 'visitor'>, role: Role, affiliation: { organisation?: { id: string }; region?: { id: string } } = {}) =>
    buildUser(t, { role, displayName, ...affiliation });
  const people = {
    'member-a': await person('member-a', 'member', { organisation: organisations.a }),
    'member-b': await person('member-b', 'member', { organisation: organisations.b }),
    'official-x': await person('official-x', 'partner-official', { region: regions.x }),
    'official-y': await person('official-y', 'partner-official', { region: regions.y }),
    'programme-manager': await person('programme-manager', 'programme-manager'),
    admin: await person('admin', 'admin'),
  };
  const headers = { visitor: {} as AuthHeaders, ...Object.fromEntries(Object.entries(people).map(([who, p]) => [who, p.headers])) } as Record<
    CastMember,
    AuthHeaders
  >;
  return { regions, organisations, people, headers };
}
