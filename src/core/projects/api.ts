// The HTTP contract of /api/projects. It is built from the model's zod schemas, so it lives next
// to them: src/shared/api may not import core, and the web may import pure core modules.
import { z } from 'zod';
import { activitySchema, multilingualTextSchema, projectSchema } from './model';

const isoDate = z.iso.date();

export const ProjectInput = projectSchema;

/** A project as a reader sees it: budgets and transactions are confidential (programme managers
 *  and admins only) and absent for everyone else. */
export const ProjectView = z.object({
  ...projectSchema.shape,
  budgetLines: projectSchema.shape.budgetLines.optional(),
  transactions: projectSchema.shape.transactions.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProjectView = z.infer<typeof ProjectView>;

export const ProjectSummary = z.object({
  id: z.string(),
  iatiIdentifier: z.string(),
  title: multilingualTextSchema,
  status: projectSchema.shape.status,
  themes: z.array(z.string()),
  closed: z.boolean(),
  nextPendingGate: z.object({ phaseId: z.string(), order: z.int(), name: multilingualTextSchema }).nullable(),
  overdueDeliverableCount: z.int(),
  phaseCount: z.int(),
  activityCount: z.int(),
  updatedAt: z.string(),
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;

export const ProjectList = z.object({ items: z.array(ProjectSummary), total: z.int() });

export const ProjectListQuery = z.object({
  status: z.coerce.number().int().min(1).max(6).optional(),
});

export const ProjectParams = z.object({ id: z.string().min(1).max(200) });

export const GateDecisionInput = z.object({
  status: z.enum(['go', 'no-go']),
  /** Who decided (a body or a person); the caller's account when absent. */
  decidedBy: z.string().min(1).optional(),
  /** The day of the decision; today when absent. */
  decidedAt: isoDate.optional(),
  rationale: multilingualTextSchema,
});

export const ActivityInput = activitySchema.extend({ phaseId: z.string().min(1) });
export const ActivityUpdate = activitySchema.omit({ id: true }).extend({ phaseId: z.string().min(1) });

export const DeliveredInput = z.object({
  /** What shows the deliverable was delivered: at least one note, optionally a project document. */
  evidence: z.array(z.object({ note: multilingualTextSchema, documentId: z.string().min(1).optional() })).min(1),
});

export const IndicatorActualInput = z
  .object({ value: z.number().optional(), comment: multilingualTextSchema.optional() })
  .refine((v) => v.value !== undefined || v.comment !== undefined, { message: 'give a value, a comment or both' });

export const IatiImportInput = z.object({
  xml: z.string().min(1),
  /** Only preview: nothing is written. */
  dryRun: z.boolean().default(true),
  /** Replace projects with the same IATI identifier instead of refusing the file. */
  replace: z.boolean().default(false),
});

export const IatiImportPreview = z.object({
  dryRun: z.boolean(),
  projects: z.array(
    z.object({ id: z.string(), iatiIdentifier: z.string(), title: multilingualTextSchema, action: z.enum(['create', 'replace']) }),
  ),
  warnings: z.array(
    z.object({ message: z.string(), path: z.string(), line: z.int().optional(), column: z.int().optional() }),
  ),
});
export type IatiImportPreview = z.infer<typeof IatiImportPreview>;
