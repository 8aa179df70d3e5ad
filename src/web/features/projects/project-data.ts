// Reading a project and changing it: every change answers with the whole project, which replaces
// the cached one at once (the timeline and results table update without another request).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProjectView } from '../../../core/projects/api';
import type { Language, MultilingualText, Project } from '../../../core/projects/model';
import { pickText } from '../../../shared/api/index';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';

export const projectPath = (id: string): string => `/projects/${encodeURIComponent(id)}`;

export function useProject(id: string, enabled = true) {
  return useQuery({ queryKey: ['projects', 'one', id], queryFn: () => dataOf(api.GET('/api/projects/{id}', { params: { path: { id } } })), enabled });
}

/** A write to one project (gate, activity, deliverable, actual, document). */
export function useProjectChange<Input>(id: string, send: (input: Input) => Promise<ProjectView>, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (project) => {
      queryClient.setQueryData(['projects', 'one', id], project);
      // The list's summaries (next gate, overdue count) change too.
      await queryClient.invalidateQueries({ queryKey: ['projects', 'list'] });
      await queryClient.invalidateQueries({ queryKey: ['audit', 'project', id] });
      onDone?.();
    },
  });
}

/** A whole-project update: the project as the page read it (with the revision it was based on, so
 *  the server refuses it when someone changed the project since) and the parts that change. */
export function wholeProject(project: ProjectView, changes: Partial<Project>) {
  const { createdAt: _c, updatedAt: _u, documentFiles: _f, ...rest } = project;
  return { ...rest, budgetLines: rest.budgetLines ?? [], transactions: rest.transactions ?? [], ...changes };
}

/** Changes parts of a project by a whole-project update (results, budgets, organisations…). */
export function useProjectUpdate(project: ProjectView, onDone?: () => void) {
  return useProjectChange(
    project.id,
    (changes: Partial<Project>) => dataOf(api.PUT('/api/projects/{id}', { params: { path: { id: project.id } }, body: wholeProject(project, changes) })),
    onDone,
  );
}

/** A new id inside a project (model ids are unique within their project). */
export const newId = (prefix: string): string => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

/** User text in the reader's language, as a plain string (for SVG titles, options, table cells). */
export function useText(): (text: MultilingualText | undefined) => string {
  const lang = useLanguage();
  return (text) => (text ? pickText(text, lang).text : '');
}

/** Today in UTC (ISO), as the server's rules use it for "overdue". */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** A text typed in the reader's language: a new text in that language, or that language's
 *  version of an existing text (its other languages are kept). */
export function withLanguage(lang: Language, value: string, previous?: MultilingualText): MultilingualText {
  const text: MultilingualText = previous ? { ...previous } : { original: lang };
  text[lang] = value.trim();
  return text;
}
