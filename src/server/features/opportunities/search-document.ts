import { type SQL, sql } from 'drizzle-orm';
import { isStopWord, segmentChinese } from '../../../core/text';
import { allTexts, type LocalizedText } from '../../../shared/api';

/**
 * PostgreSQL full-text search over every language version of an opportunity: Dutch and
 * English through PostgreSQL's own stemmers, Chinese pre-segmented here (PostgreSQL has no
 * Chinese parser) and indexed with the 'simple' configuration.
 */
const configOf = { nl: 'dutch', en: 'english' } as const;

export function searchVector(title: LocalizedText, description: LocalizedText | null): SQL {
  const parts = [...allTexts(title).map((t) => ({ ...t, weight: 'A' })), ...allTexts(description).map((t) => ({ ...t, weight: 'B' }))].map(
    ({ lang, text, weight }) =>
      lang === 'zh'
        ? sql`setweight(to_tsvector('simple', ${segmentChinese(text).join(' ')}), ${weight}::"char")`
        : sql`setweight(to_tsvector(${configOf[lang]}::regconfig, ${text}), ${weight}::"char")`,
  );
  return sql.join(parts, sql` || `);
}

/**
 * A query in which every word must match, in any language. Latin words match as prefixes
 * (Dutch compounds: `waterstof` finds `waterstoffen`); Chinese is segmented the same way
 * as the documents, so `废水` finds `工业废水`. Returns undefined for a query of stop words only.
 */
export function searchQuery(q: string): SQL | undefined {
  const han = /\p{Script=Han}+/gu;
  const latin = (q.replace(han, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => !isStopWord(w, 'nl') && !isStopWord(w, 'en'));
  const chinese = (q.match(han) ?? []).flatMap((run) => segmentChinese(run));
  const clauses = [
    ...latin.map((w) => sql`(to_tsquery('dutch', ${`${w}:*`}) || to_tsquery('english', ${`${w}:*`}))`),
    ...chinese.map((w) => sql`to_tsquery('simple', ${w})`),
  ];
  if (clauses.length === 0) return undefined;
  return sql`(${sql.join(clauses, sql` && `)})`;
}
