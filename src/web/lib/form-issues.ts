import type { z } from 'zod';
import { type Issue, issueFromZod } from '../../shared/api/index';

/** A problem with one field: shown from its `code` and `params`, never its English `message`. */
export type FormIssue = Issue;

/** The element id of the control for a dotted field path, so errors can link to their field. */
export function fieldId(path: string): string {
  return `field-${path.replaceAll('.', '-')}`;
}

/** The form's own check before sending, coded the same way as the server's 400 issues. */
export function issuesFromZod(error: z.ZodError): FormIssue[] {
  return error.issues.map((issue) => issueFromZod(issue));
}

/** The first issue for each path; a field shows one problem at a time. */
export function issuesByPath(issues: readonly FormIssue[]): ReadonlyMap<string, FormIssue> {
  const byPath = new Map<string, FormIssue>();
  for (const issue of issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue);
  return byPath;
}
