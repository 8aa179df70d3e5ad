import { sql } from 'drizzle-orm';
import type { CollectionStatistics, StoredAnalysis } from '../../../core/matching';
import { bigserial, boolean, date, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { opportunities } from './opportunities';
import { organisations } from './organisations';
import { bytea } from './types';
import { matchStatuses } from '../../../shared/api';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** Why an organisation matched, language-neutral: labels and sentences are rendered on reading. */
export type StoredExplanation = {
  concepts: {
    conceptId: string;
    share: number;
    opportunityPhrases: string[];
    organisationPhrases: string[];
  }[];
  sharedTerms: string[];
  twinned: boolean;
};

/**
 * Opportunity × organisation, computed by the matching job. `current` is false when the latest
 * computation no longer ranks the pair; such rows are kept only when a person set a status.
 */
export const matches = pgTable(
  'matches',
  {
    id: text('id').primaryKey(),
    opportunityId: text('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    score: real('score').notNull(),
    rank: integer('rank').notNull(),
    explanation: jsonb('explanation').$type<StoredExplanation>().notNull(),
    current: boolean('current').notNull().default(true),
    status: text('status', { enum: matchStatuses }).notNull().default('suggested'),
    note: text('note'),
    statusChangedAt: at('status_changed_at'),
    statusChangedBy: text('status_changed_by'),
    /** The programme manager (or admin) who follows this match up; cleared when the account goes. */
    ownerId: text('owner_id').references(() => users.id, { onDelete: 'set null' }),
    /** When the owner means to act next (a calendar day); before today and the match is overdue. */
    nextActionOn: date('next_action_on', { mode: 'string' }),
    computedAt: at('computed_at').notNull().defaultNow(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('matches_pair_uq').on(t.opportunityId, t.organisationId),
    index('matches_opportunity_score_idx').on(t.opportunityId, t.score.desc()),
    index('matches_organisation_score_idx').on(t.organisationId, t.score.desc()),
    // The pipeline's default order (best first): its first page reads 50 entries of this index
    // instead of sorting every match.
    index('matches_score_idx').on(t.score.desc().nullsFirst(), t.id),
    index('matches_status_idx').on(t.status),
    index('matches_owner_idx').on(t.ownerId),
    index('matches_next_action_idx').on(t.nextActionOn),
  ],
);

/** Every status change of a match: from, to, note, who and when. */
export const matchEvents = pgTable(
  'match_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    matchId: text('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    note: text('note'),
    actor: text('actor').notNull(),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [index('match_events_match_idx').on(t.matchId, t.id)],
);

export const jobStates = ['pending', 'running', 'done', 'failed'] as const;

/**
 * The background work queue (docs/decisions/007-job-queue-in-the-database.md). Database triggers
 * enqueue matching work when opportunities, organisations, profiles or the thesaurus change; at
 * most one pending job per (kind, target).
 */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    target: text('target').notNull().default(''),
    state: text('state', { enum: jobStates }).notNull().default('pending'),
    total: integer('total').notNull().default(0),
    done: integer('done').notNull().default(0),
    phase: text('phase'),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: at('created_at').notNull().defaultNow(),
    startedAt: at('started_at'),
    heartbeatAt: at('heartbeat_at'),
    finishedAt: at('finished_at'),
  },
  (t) => [
    uniqueIndex('jobs_pending_uq')
      .on(t.kind, t.target)
      .where(sql`state = 'pending'`),
    index('jobs_state_idx').on(t.state, t.id),
    // Every poll looks for running jobs whose worker went quiet (requeueStale), and a daily job is
    // queued only when none of its kind and target exists (enqueueOnce): with months of finished
    // jobs (an import of 100,000 organisations queues one each) both scanned the whole table.
    index('jobs_running_heartbeat_idx')
      .on(t.heartbeatAt)
      .where(sql`state = 'running'`),
    index('jobs_kind_target_idx').on(t.kind, t.target),
  ],
);

/** Admin edits layered over the shipped thesaurus: replaced labels and links, or new concepts. */
export const thesaurusOverrides = pgTable('thesaurus_overrides', {
  conceptId: text('concept_id').primaryKey(),
  /** Per language, every label, preferred first; "~" marks a weak label. Absent: as shipped. */
  labels: jsonb('labels').$type<{ nl?: string[]; en?: string[]; zh?: string[] }>().notNull().default({}),
  broader: text('broader').array(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export type Person = { name: string; role?: string | null; email?: string | null; phone?: string | null; languages?: string[] };
export type OrganisationReference = { title: string; year?: number | null; url?: string | null; description?: string | null };

/** What the matching needs of an organisation beyond its directory entry (issue #4). */
export const organisationProfiles = pgTable(
  'organisation_profiles',
  {
    organisationId: text('organisation_id')
      .primaryKey()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    sectors: text('sectors').array().notNull().default([]),
    /** Concept ids a programme manager confirmed. */
    capabilities: text('capabilities').array().notNull().default([]),
    languages: text('languages').array().notNull().default([]),
    size: text('size'),
    references: jsonb('references').$type<OrganisationReference[]>().notNull().default([]),
    people: jsonb('people').$type<Person[]>().notNull().default([]),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  // The directory filters on them (theme via capabilities, languages spoken).
  (t) => [index('organisation_profiles_capabilities_idx').using('gin', t.capabilities), index('organisation_profiles_languages_idx').using('gin', t.languages)],
);

export const importKinds = ['organisations', 'opportunities'] as const;
export const importStates = ['analysing', 'ready', 'has-problems', 'committing', 'committed', 'failed'] as const;
/** `code` and `params` as in the contract's ImportProblem; batches checked before they existed have none. */
export type ImportProblem = { row: number; column: string; message: string; code?: string; params?: Record<string, string | number | boolean | string[]> };

/** An uploaded CSV/XLSX file on its way in: mapping, preview, commit. */
export const importBatches = pgTable('import_batches', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: importKinds }).notNull(),
  filename: text('filename').notNull(),
  format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
  content: bytea('content').notNull(),
  headers: text('headers').array().notNull().default([]),
  /** Field → column header. */
  mapping: jsonb('mapping').$type<Record<string, string>>().notNull().default({}),
  /** The mapping was taken from an earlier file with the same headers: the user confirms it (PUT mapping). */
  mappingReused: boolean('mapping_reused').notNull().default(false),
  state: text('state', { enum: importStates }).notNull().default('analysing'),
  rowCount: integer('row_count').notNull().default(0),
  problems: jsonb('problems').$type<ImportProblem[]>().notNull().default([]),
  created: integer('created').notNull().default(0),
  error: text('error'),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** The column mapping last used for a set of headers, offered again for the next file. */
export const importMappings = pgTable('import_mappings', {
  headerKey: text('header_key').primaryKey(),
  mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** Collection statistics of the organisations, as JSON: exactly what the engine hands out. */
export type StoredCollectionStatistics = CollectionStatistics;

/**
 * What the last pass that indexed every organisation knew of the whole collection, so that an
 * organisation's change is scored alone against every opportunity, comparably with the stored
 * matches (docs/decisions/010-job-queue-in-the-database.md). One row, id 'organisations'.
 */
export const matchingStatistics = pgTable('matching_statistics', {
  id: text('id').primaryKey(),
  statistics: jsonb('statistics').$type<StoredCollectionStatistics>().notNull(),
  /** Scheme and analysis version of the stored index written with these statistics (null: none). */
  analysisKey: text('analysis_key'),
  computedAt: at('computed_at').notNull().defaultNow(),
});

/** Per opportunity, the best lexical score of its last full ranking: the lexical part's scale. */
export const opportunityMatchNorms = pgTable('opportunity_match_norms', {
  opportunityId: text('opportunity_id')
    .primaryKey()
    .references(() => opportunities.id, { onDelete: 'cascade' }),
  lexicalMax: real('lexical_max').notNull(),
  computedAt: at('computed_at').notNull().defaultNow(),
});

/**
 * The last full pass's index of the organisations (docs/decisions/030-stored-match-index.md),
 * written with its statistics: per chunk of documents what ranking reads of each (JSON, numbers
 * as base64 typed arrays), so an opportunity is ranked without analysing every organisation.
 */
export const matchIndexDocuments = pgTable('match_index_documents', {
  chunk: integer('chunk').primaryKey(),
  documents: text('documents').notNull(),
});

/** Per concept ("c:"), word ("t:") or bridge feature ("b:"): document ordinals and values, base64. */
export const matchIndexPostings = pgTable('match_index_postings', {
  key: text('key').primaryKey(),
  docs: text('docs').notNull(),
  values: text('values').notNull(),
});

/**
 * Per organisation, the version of it that the stored index holds (`ordinal`) or that was analysed
 * after it (`analysis`, ordinal null): a hash of the matching input, compared with the current
 * row's, says whether it is still that version. No foreign key: a deleted organisation's row
 * marks its stored document as gone until the next full pass.
 */
export const matchIndexSources = pgTable('match_index_sources', {
  organisationId: text('organisation_id').primaryKey(),
  ordinal: integer('ordinal'),
  sourceHash: text('source_hash').notNull(),
  analysisKey: text('analysis_key').notNull(),
  analysis: jsonb('analysis').$type<StoredAnalysis>(),
});
