// Cooperation projects (src/core/projects/model.ts). Tables for the parts that are listed,
// queried or written on their own (phases with their gate, activities, deliverables, results,
// indicators, participations, budget lines, transactions); jsonb for the parts that are always
// read and written with their parent (organisations and people as the project names them,
// governance bodies with members, agreements, documents, activity programmes, evidence,
// indicator periods). See docs/decisions/008-project-storage.md.
import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import type { Project } from '../../../core/projects/model';
import { bytea, timestamps } from './types';

type P = Project;
type Phase = P['phases'][number];
type Activity = Phase['activities'][number];
type Deliverable = Activity['deliverables'][number];
type Indicator = P['results'][number]['indicators'][number];
type Text = P['title'];

export const projects = pgTable(
  'projects',
  {
    id: text('id').primaryKey(),
    iatiIdentifier: text('iati_identifier').notNull(),
    reportingOrg: jsonb('reporting_org').$type<NonNullable<P['reportingOrg']>>(),
    title: jsonb('title').$type<Text>().notNull(),
    purpose: jsonb('purpose').$type<Text>().notNull(),
    location: jsonb('location').$type<NonNullable<P['location']>>(),
    themes: text('themes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** IATI ActivityStatus 1–6. */
    status: integer('status').notNull(),
    closure: jsonb('closure').$type<NonNullable<P['closure']>>(),
    dates: jsonb('dates').$type<P['dates']>().notNull(),
    currency: text('currency', { enum: ['EUR', 'CNY'] }).notNull(),
    organisations: jsonb('organisations').$type<P['organisations']>().notNull(),
    people: jsonb('people').$type<P['people']>().notNull(),
    bodies: jsonb('bodies').$type<P['bodies']>().notNull(),
    documents: jsonb('documents').$type<P['documents']>().notNull(),
    agreements: jsonb('agreements').$type<P['agreements']>().notNull(),
    /** What IATI publishers say beyond the model (sectors, all transaction types, verbatim
     *  elements…), always read and written with the project: decision 014. */
    iati: jsonb('iati').$type<NonNullable<P['iati']>>(),
    /** Raised by every write: a whole-project update must name the revision it was based on, so
     *  two editors cannot silently overwrite each other (409 for the later one). */
    revision: integer('revision').notNull().default(1),
    ...timestamps,
  },
  (t) => [unique('projects_iati_identifier_key').on(t.iatiIdentifier), index('projects_status_idx').on(t.status)],
);

const projectId = () =>
  text('project_id')
    .notNull()
    .references(() => projects.id, { onDelete: 'cascade' });

export const projectPhases = pgTable(
  'project_phases',
  {
    projectId: projectId(),
    id: text('id').notNull(),
    order: integer('phase_order').notNull(),
    name: jsonb('name').$type<Text>().notNull(),
    description: jsonb('description').$type<Text>(),
    dates: jsonb('dates').$type<NonNullable<Phase['dates']>>(),
    gateStatus: text('gate_status', { enum: ['pending', 'go', 'no-go'] }).notNull(),
    gateDecisionActivityId: text('gate_decision_activity_id'),
    gateDecidedBy: text('gate_decided_by'),
    gateDecidedAt: date('gate_decided_at', { mode: 'string' }),
    gateRationale: jsonb('gate_rationale').$type<Text>(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.id] }), unique('project_phases_order_key').on(t.projectId, t.order)],
);

export const projectActivities = pgTable(
  'project_activities',
  {
    projectId: projectId(),
    id: text('id').notNull(),
    phaseId: text('phase_id').notNull(),
    /** Order within the phase. */
    position: integer('position').notNull(),
    type: text('type').notNull(),
    title: jsonb('title').$type<Text>().notNull(),
    description: jsonb('description').$type<Text>(),
    date: jsonb('date').$type<Activity['date']>().notNull(),
    /** Bounds of `date` (null when undetermined), for ordering and calendar queries. */
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    recurring: boolean('recurring').notNull(),
    tentative: boolean('tentative').notNull(),
    status: text('status', { enum: ['planned', 'in-progress', 'done', 'cancelled'] }).notNull(),
    place: jsonb('place').$type<NonNullable<Activity['place']>>(),
    organisationIds: text('organisation_ids').array().notNull(),
    personIds: text('person_ids').array().notNull(),
    programme: jsonb('programme').$type<NonNullable<Activity['programme']>>(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.id] }),
    foreignKey({
      name: 'project_activities_phase_fk',
      columns: [t.projectId, t.phaseId],
      foreignColumns: [projectPhases.projectId, projectPhases.id],
    }).onDelete('cascade'),
  ],
);

export const projectDeliverables = pgTable(
  'project_deliverables',
  {
    projectId: projectId(),
    id: text('id').notNull(),
    activityId: text('activity_id').notNull(),
    position: integer('position').notNull(),
    title: jsonb('title').$type<Text>().notNull(),
    due: jsonb('due').$type<Deliverable['due']>().notNull(),
    /** Last day `due` can mean (null when undetermined): overdue = open and due_by < today. */
    dueBy: date('due_by', { mode: 'string' }),
    ownerOrganisationId: text('owner_organisation_id'),
    status: text('status', { enum: ['planned', 'in-progress', 'delivered', 'cancelled'] }).notNull(),
    evidence: jsonb('evidence').$type<Deliverable['evidence']>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.id] }),
    foreignKey({
      name: 'project_deliverables_activity_fk',
      columns: [t.projectId, t.activityId],
      foreignColumns: [projectActivities.projectId, projectActivities.id],
    }).onDelete('cascade'),
    index('project_deliverables_due_idx').on(t.dueBy),
  ],
);

export const projectResults = pgTable(
  'project_results',
  {
    projectId: projectId(),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    type: text('type', { enum: ['output', 'outcome', 'impact'] }).notNull(),
    title: jsonb('title').$type<Text>().notNull(),
    description: jsonb('description').$type<Text>(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.id] })],
);

export const projectIndicators = pgTable(
  'project_indicators',
  {
    projectId: projectId(),
    id: text('id').notNull(),
    resultId: text('result_id').notNull(),
    position: integer('position').notNull(),
    title: jsonb('title').$type<Text>().notNull(),
    description: jsonb('description').$type<Text>(),
    measure: text('measure', { enum: ['unit', 'percentage', 'nominal', 'ordinal', 'qualitative'] }).notNull(),
    ascending: boolean('ascending').notNull(),
    baseline: jsonb('baseline').$type<NonNullable<Indicator['baseline']>>(),
    periods: jsonb('periods').$type<Indicator['periods']>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.id] }),
    foreignKey({
      name: 'project_indicators_result_fk',
      columns: [t.projectId, t.resultId],
      foreignColumns: [projectResults.projectId, projectResults.id],
    }).onDelete('cascade'),
  ],
);

export const projectParticipations = pgTable(
  'project_participations',
  {
    projectId: projectId(),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    organisationId: text('organisation_id').notNull(),
    /** IATI OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing. */
    role: integer('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.id] })],
);

/** Confidential: programme managers and admins only. */
export const projectBudgetLines = pgTable(
  'project_budget_lines',
  {
    projectId: projectId(),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    label: jsonb('label').$type<Text>(),
    amount: numeric('amount', { mode: 'number' }).notNull(),
    currency: text('currency', { enum: ['EUR', 'CNY'] }).notNull(),
    periodStart: date('period_start', { mode: 'string' }),
    periodEnd: date('period_end', { mode: 'string' }),
    status: text('status', { enum: ['indicative', 'committed'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.id] })],
);

/** Confidential: programme managers and admins only. Each keeps the exchange rate agreed for it. */
export const projectTransactions = pgTable(
  'project_transactions',
  {
    projectId: projectId(),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    kind: text('kind', { enum: ['planned', 'committed', 'spent'] }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    amount: numeric('amount', { mode: 'number' }).notNull(),
    currency: text('currency', { enum: ['EUR', 'CNY'] }).notNull(),
    /** 1 rate_from = rate rate_to, as agreed on rate_date. */
    rateFrom: text('rate_from', { enum: ['EUR', 'CNY'] }),
    rateTo: text('rate_to', { enum: ['EUR', 'CNY'] }),
    rate: doublePrecision('rate'),
    rateDate: date('rate_date', { mode: 'string' }),
    description: jsonb('description').$type<Text>(),
    providerOrganisationId: text('provider_organisation_id'),
    receiverOrganisationId: text('receiver_organisation_id'),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.id] })],
);

/** The uploaded file of a project document (the document's metadata is in projects.documents).
 *  In the database, so a backup or a PostgreSQL replica carries it: files are small (size limit). */
export const projectDocumentFiles = pgTable(
  'project_document_files',
  {
    projectId: projectId(),
    documentId: text('document_id').notNull(),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [primaryKey({ columns: [t.projectId, t.documentId] })],
);
