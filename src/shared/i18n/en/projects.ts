import type { Widen } from '../widen';

/** English texts of the cooperation projects (namespace `projects`): the shape nl and zh match. */
export const projects = {
  confirm: {
    removeTitle: 'Remove “{{name}}”?',
    remove: 'The project keeps its history of this change, but the item is gone from the project, its reports and its IATI file.',
    removeYes: 'Yes, remove',
    resultConsequence_one: 'Its indicator and {{periods}} reporting period(s), with the values reported, go with it.',
    resultConsequence_other: 'Its {{count}} indicators and {{periods}} reporting period(s), with the values reported, go with it.',
    deleteDocumentTitle: 'Delete the document “{{name}}”?',
    deleteDocument: 'The stored file is deleted as well; this cannot be undone.',
  },
} as const;

export type ProjectMessages = Widen<typeof projects>;
