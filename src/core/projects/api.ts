// The HTTP contract of /api/projects. It is built from the model's zod schemas, so it lives next
// to them: src/shared/api may not import core, and the web may import pure core modules.
import { z } from 'zod';
import { recordId, shortText } from './text-limits';
import {
  activitySchema,
  checkProjectReferences,
  deliverableSchema,
  documentSchema,
  indicatorSchema,
  languageSchema,
  multilingualTextSchema,
  phaseSchema,
  projectSchema,
  resultSchema,
  type Project,
} from './model';

const isoDate = z.iso.date();

export const ProjectInput = projectSchema;

const revision = z
  .int()
  .min(1)
  .describe('Raised by every change of the project; a whole-project update sends the revision it was based on (optimistic concurrency)');

/** A whole-project replacement names the `revision` of the project it was based on: when someone
 *  changed the project since, it is refused with 409 (`stale_revision`) and nothing is written. */
export const ProjectUpdate = z.object({ ...projectSchema.shape, revision }).superRefine(checkProjectReferences);

/** A project as a reader sees it: budgets and transactions are confidential (programme managers
 *  and admins only) and absent for everyone else. */
export const ProjectView = z.object({
  ...projectSchema.shape,
  budgetLines: projectSchema.shape.budgetLines.optional(),
  transactions: projectSchema.shape.transactions.optional(),
  /** Documents whose file is stored here (download at …/documents/:documentId/file). */
  documentFiles: z.array(z.object({ documentId: z.string(), filename: z.string(), mediaType: z.string(), size: z.int() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision,
});
export type ProjectView = z.infer<typeof ProjectView>;

export const ProjectSummary = z.object({
  id: z.string(),
  iatiIdentifier: z.string(),
  title: multilingualTextSchema,
  status: projectSchema.shape.status,
  themes: z.array(z.string()),
  closed: z.boolean(),
  /** The accountable organisation (IATI role 2), else the funding one; null when none is named. */
  leadOrganisation: multilingualTextSchema.nullable(),
  dates: projectSchema.shape.dates,
  nextPendingGate: z.object({ phaseId: z.string(), order: z.int(), name: multilingualTextSchema }).nullable(),
  overdueDeliverableCount: z.int(),
  phaseCount: z.int(),
  activityCount: z.int(),
  updatedAt: z.string(),
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;

/** What a visitor may read of a project (GET /api/projects/:id/summary): purpose, region, partners,
 *  phases with their gates, activities and results. Never budgets, transactions, people, documents,
 *  agreements, gate rationales or evidence notes: the schema has no field for them. */
export const ProjectPublicSummary = z
  .object({
    id: z.string(),
    title: multilingualTextSchema,
    purpose: multilingualTextSchema,
    location: projectSchema.shape.location,
    themes: z.array(z.string()),
    status: projectSchema.shape.status,
    closed: z.boolean(),
    dates: projectSchema.shape.dates,
    /** Organisations with their IATI roles (1 funding, 2 accountable, 3 extending, 4 implementing). */
    partners: z.array(z.object({ id: z.string(), name: multilingualTextSchema, roles: z.array(z.int()), platformOrganisationId: z.string().optional() })),
    phases: z.array(
      z.object({
        id: z.string(),
        order: z.int(),
        name: multilingualTextSchema,
        description: multilingualTextSchema.optional(),
        dates: phaseSchema.shape.dates,
        gate: z.object({ status: z.enum(['pending', 'go', 'no-go']), decidedAt: isoDate.optional() }),
        activities: z.array(activitySchema.pick({ id: true, type: true, title: true, date: true, status: true, tentative: true })),
      }),
    ),
    results: z.array(
      resultSchema.pick({ id: true, type: true, title: true, description: true }).extend({
        indicators: z.array(indicatorSchema.pick({ id: true, title: true, measure: true })),
      }),
    ),
    updatedAt: z.string(),
  })
  .strip();
export type ProjectPublicSummary = z.infer<typeof ProjectPublicSummary>;

/** The public summary of a project: each field copied on purpose, nothing spread from the whole. */
export function publicSummaryOf(p: Project, updatedAt: string): ProjectPublicSummary {
  return {
    id: p.id,
    title: p.title,
    purpose: p.purpose,
    ...(p.location ? { location: p.location } : {}),
    themes: p.themes,
    status: p.status,
    closed: p.closure !== undefined,
    dates: p.dates,
    partners: p.organisations.map((o) => ({
      id: o.id,
      name: o.name,
      roles: p.participations.filter((x) => x.organisationId === o.id).map((x) => x.role),
      ...(o.platformOrganisationId ? { platformOrganisationId: o.platformOrganisationId } : {}),
    })),
    phases: [...p.phases]
      .sort((a, b) => a.order - b.order)
      .map((ph) => ({
        id: ph.id,
        order: ph.order,
        name: ph.name,
        ...(ph.description ? { description: ph.description } : {}),
        ...(ph.dates ? { dates: ph.dates } : {}),
        gate: { status: ph.gate.status, ...(ph.gate.decidedAt ? { decidedAt: ph.gate.decidedAt } : {}) },
        activities: ph.activities.map((a) => ({ id: a.id, type: a.type, title: a.title, date: a.date, status: a.status, tentative: a.tentative })),
      })),
    results: p.results.map((r) => ({
      id: r.id,
      type: r.type,
      title: r.title,
      ...(r.description ? { description: r.description } : {}),
      indicators: r.indicators.map((i) => ({ id: i.id, title: i.title, measure: i.measure })),
    })),
    updatedAt,
  };
}

export const ProjectList = z.object({ items: z.array(ProjectSummary), total: z.int() });

export const ProjectListQuery = z.object({
  status: z.coerce.number().int().min(1).max(6).optional(),
  missingLanguage: languageSchema.optional().describe('only projects whose title or purpose has no version in this language'),
});

export const ProjectParams = z.object({ id: recordId });

export const GateDecisionInput = z.object({
  status: z.enum(['go', 'no-go']),
  /** Who decided (a body or a person); the caller's account when absent. */
  decidedBy: shortText.optional(),
  /** The day of the decision; today when absent. */
  decidedAt: isoDate.optional(),
  rationale: multilingualTextSchema,
});

export const ActivityInput = activitySchema.extend({ phaseId: recordId });
export const ActivityUpdate = activitySchema.omit({ id: true }).extend({ phaseId: recordId });

export const DeliveredInput = z.object({
  /** What shows the deliverable was delivered: at least one note, optionally a project document. */
  evidence: z.array(z.object({ note: multilingualTextSchema, documentId: recordId.optional() })).min(1),
});

/** A deliverable as a programme manager plans it, under an activity (of some phase). Its evidence
 *  is added by …/delivered only, so "delivered" is never set without evidence. */
export const DeliverableInput = deliverableSchema.omit({ id: true, evidence: true }).extend({ activityId: recordId });

/** A reporting period of an indicator with its target; the actual is recorded by …/actual. */
export const IndicatorPeriodInput = indicatorSchema.shape.periods.element
  .omit({ id: true, actual: true })
  .refine((p) => p.end >= p.start, { message: 'the period ends before it starts', path: ['end'] });

export const IndicatorActualInput = z
  .object({ value: z.number().optional(), comment: multilingualTextSchema.optional() })
  .refine((v) => v.value !== undefined || v.comment !== undefined, { message: 'give a value, a comment or both' });

export const IatiImportInput = z.object({
  xml: z
    .string()
    .min(1)
    .max(20 * 1024 * 1024, 'the file is larger than 20 MiB'),
  /** Only preview: nothing is written. */
  dryRun: z.boolean().default(true),
  /** Replace projects with the same IATI identifier instead of refusing the file. */
  replace: z.boolean().default(false),
});

export const IatiImportPreview = z.object({
  dryRun: z.boolean(),
  projects: z.array(z.object({ id: z.string(), iatiIdentifier: z.string(), title: multilingualTextSchema, action: z.enum(['create', 'replace']) })),
  warnings: z.array(z.object({ message: z.string(), path: z.string(), line: z.int().optional(), column: z.int().optional() })),
  /** What the IATI Validator would say of the file: XSD, Standard rulesets and codelists. */
  findings: z.array(
    z.object({
      severity: z.enum(['error', 'warning']),
      rule: z.string(),
      activity: z.string().optional(),
      element: z.string(),
      path: z.string(),
      line: z.int().optional(),
      column: z.int().optional(),
      message: z.string(),
    }),
  ),
});
export type IatiImportPreview = z.infer<typeof IatiImportPreview>;

export const IatiExportInput = z.object({
  /** The projects to export; all when absent. */
  projectIds: z.array(recordId).min(1).optional(),
  /** Refuse the export when a project cannot be carried, instead of leaving it out. */
  strict: z.boolean().default(false),
});

const reasons = z.array(z.object({ path: z.string(), message: z.string() }));

export const IatiExportResult = z.object({
  /** The IATI 2.03 activity file of the projects exported. */
  xml: z.string(),
  exported: z.array(z.object({ id: z.string(), iatiIdentifier: z.string() })),
  /** Projects IATI cannot carry as they stand, with the reasons. */
  leftOut: z.array(z.object({ id: z.string(), iatiIdentifier: z.string(), reasons })),
});

export const DocumentUploadInput = z.object({
  title: multilingualTextSchema,
  /** IATI DocumentCategory code, e.g. A07 meeting minutes, A09 memorandum of understanding. */
  category: documentSchema.shape.category,
  languages: documentSchema.shape.languages,
  date: isoDate.optional(),
  filename: z.string().min(1).max(255),
  /** The file, base64-encoded (at most 10 MiB once decoded: src/shared/document-files.ts, which
   *  core may not import; base64 takes 4 characters per 3 bytes). */
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil((10 * 1024 * 1024) / 3) * 4, 'the file is larger than 10 MiB'),
});
