// The document links of an exported activity.
import type { Project } from '../projects/model';
import { narratives } from './export-narratives';
import { el } from './xml';
import type { XmlElement } from './xml';

export function documentLinks(project: Project): XmlElement[] {
  return project.documents.flatMap((d) =>
    d.url && d.format
      ? [
          el('document-link', { url: d.url, format: d.format }, [
            el('title', {}, narratives(d.title)),
            el('category', { code: d.category }),
            ...d.languages.map((code) => el('language', { code })),
            d.date ? el('document-date', { 'iso-date': d.date }) : undefined,
          ]),
        ]
      : [],
  );
}
