import type { z } from 'zod';
import { languages } from '../../shared/api/index';

/** A problem with one field; `key` is a UI label to show instead of the (English) message. */
export interface FormIssue {
  path: string;
  message: string;
  key?: string;
}

/** The element id of the control for a dotted field path, so errors can link to their field. */
export function fieldId(path: string): string {
  return `field-${path.replaceAll('.', '-')}`;
}

/** Zod's issue codes mapped to translated messages; anything else keeps the schema's text. */
function issueKey(issue: z.core.$ZodIssue): string | undefined {
  // LocalizedText's own check: the text in the original language is missing (reported at that language, or at `original`).
  const last = String(issue.path.at(-1));
  if (issue.code === 'custom' && ['original', ...languages].includes(last)) return 'form.issue.originalRequired';
  if (issue.code === 'too_small') return issue.origin === 'array' ? 'form.issue.chooseAtLeastOne' : issue.origin === 'string' ? 'form.issue.required' : 'form.issue.outOfRange';
  if (issue.code === 'too_big') return issue.origin === 'string' ? 'form.issue.tooLong' : 'form.issue.outOfRange';
  if (issue.code === 'invalid_format') return 'form.issue.format';
  if (issue.code === 'invalid_type') return issue.expected === 'number' ? 'form.issue.number' : 'form.issue.required';
  return undefined;
}

export function issuesFromZod(error: z.ZodError): FormIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    key: issueKey(issue),
  }));
}

/** The first issue for each path; a field shows one problem at a time. */
export function issuesByPath(issues: readonly FormIssue[]): ReadonlyMap<string, FormIssue> {
  const byPath = new Map<string, FormIssue>();
  for (const issue of issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue);
  return byPath;
}
