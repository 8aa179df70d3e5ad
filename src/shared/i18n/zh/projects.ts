import type { ProjectMessages } from '../en/projects';

export const projects: ProjectMessages = {
  confirm: {
    removeTitle: '删除“{{name}}”？',
    remove: '项目的修改记录会保留此次修改，但该项将从项目、报告和 IATI 文件中移除。',
    removeYes: '确认删除',
    resultConsequence_one: '其指标及 {{periods}} 个报告期（含已报告的数值）将一并删除。',
    resultConsequence_other: '其 {{count}} 个指标及 {{periods}} 个报告期（含已报告的数值）将一并删除。',
    deleteDocumentTitle: '删除文件“{{name}}”？',
    deleteDocument: '已存储的文件也将被删除，且无法恢复。',
  },
};
