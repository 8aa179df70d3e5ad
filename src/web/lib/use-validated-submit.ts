import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ApiRequestError } from './api-client';
import type { FormIssue } from './form-issues';
import { issuesByPath, issuesFromZod } from './form-issues';

/**
 * Submit flow shared by the create/edit forms: validate with the contract's schema first, then
 * send; the server's 400 issues land on the same fields as client-side ones. After a failed
 * submit, focus goes to the error summary (attach `summaryRef`).
 */
export function useValidatedSubmit<Schema extends z.ZodType, Saved>({
  schema,
  save,
  onSaved,
}: {
  schema: Schema;
  save: (input: z.output<Schema>) => Promise<Saved>;
  onSaved: (saved: Saved) => void;
}) {
  const queryClient = useQueryClient();
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failedSubmits > 0) summaryRef.current?.focus();
  }, [failedSubmits]);

  const showIssues = (found: FormIssue[]) => {
    setIssues(found);
    setFailedSubmits((count) => count + 1);
  };

  const mutation = useMutation({
    mutationFn: save,
    onSuccess: async (saved) => {
      // Lists, counts and the map all change when one record does.
      await queryClient.invalidateQueries();
      onSaved(saved);
    },
    onError: (error) => {
      if (error instanceof ApiRequestError && error.issues.length > 0) showIssues([...error.issues]);
    },
  });

  const submit = (candidate: unknown) => {
    const parsed = schema.safeParse(candidate);
    if (!parsed.success) {
      showIssues(issuesFromZod(parsed.error));
      return;
    }
    setIssues([]);
    mutation.mutate(parsed.data);
  };

  const byPath = useMemo(() => issuesByPath(issues), [issues]);
  const hasFieldIssues = mutation.error instanceof ApiRequestError && mutation.error.issues.length > 0;
  return {
    submit,
    issues,
    byPath,
    summaryRef,
    isSaving: mutation.isPending,
    /** A failure that is not about particular fields (network, conflict…). */
    error: mutation.isError && !hasFieldIssues ? mutation.error : null,
  };
}
