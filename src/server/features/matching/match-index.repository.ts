// The stored index of the organisations (docs/decisions/030-stored-match-index.md): written by the
// full pass, read by an opportunity's pass, one organisation's analysis written by its own pass.
import { and, asc, eq, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import type { SnapshotDocuments, SnapshotPosting, StoredAnalysis } from '../../../core/matching';
import type { DbOrTx } from '../../db/open-database';
import { pgTextArray } from '../../db/rows';
import { matchIndexDocuments, matchIndexPostings, matchIndexSources, organisationProfiles, organisations } from '../../db/schema';
import { organisationFields, type OrganisationForMatching, sourceHash } from './match-computation.repository';

const DOCUMENTS_PER_CHUNK = 10_000;
const ROWS_PER_INSERT = 1000;
const ARRAY_ROWS = 10_000;

type Typed = Uint8Array | Uint16Array | Int32Array | Float32Array | Float64Array;
const base64 = (a: Typed) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
/** The bytes copied out of Node's buffer pool, so typed arrays of any width are aligned. */
const bytes = (text: string): ArrayBuffer => {
  const decoded = Buffer.from(text, 'base64');
  const copy = new Uint8Array(decoded.length);
  copy.set(decoded);
  return copy.buffer;
};

const NUMERIC_FIELDS = ['languages', 'relevance', 'conceptScale', 'lengthNorms', 'gemetNorms', 'englishNorms'] as const;
type NumericField = (typeof NUMERIC_FIELDS)[number];
/** A chunk of documents as stored: ids and regions, the numbers as base64 of their typed arrays. */
type StoredChunk = { ids: string[]; regions: (string | null)[] } & Record<NumericField, string>;

async function inBatches<T>(rows: readonly T[], size: number, write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}
const insertInBatches = <T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>) => inBatches(rows, ROWS_PER_INSERT, insert);

/**
 * Replaces the stored index (in the caller's transaction, with the statistics): documents in
 * chunks, every posting, and per organisation the version indexed (`sources`, in ordinal order).
 */
export async function saveIndex(
  tx: DbOrTx,
  analysisKey: string,
  documents: SnapshotDocuments,
  postings: Iterable<[string, SnapshotPosting]>,
  sourceHashes: readonly string[],
): Promise<void> {
  await tx.delete(matchIndexDocuments);
  await tx.delete(matchIndexPostings);
  await tx.delete(matchIndexSources);
  const chunks: { chunk: number; documents: string }[] = [];
  for (let start = 0, chunk = 0; start < documents.ids.length || chunk === 0; start += DOCUMENTS_PER_CHUNK, chunk++) {
    const end = start + DOCUMENTS_PER_CHUNK;
    const numbers = Object.fromEntries(NUMERIC_FIELDS.map((field) => [field, base64(documents[field].subarray(start, end))]));
    const stored = { ids: documents.ids.slice(start, end), regions: documents.regions.slice(start, end), ...numbers } as StoredChunk;
    chunks.push({ chunk, documents: JSON.stringify(stored) });
  }
  await insertInBatches(chunks, (batch) => tx.insert(matchIndexDocuments).values(batch));
  // Many rows in few statements: three array parameters each, unnested by the database.
  const rows = [...postings].map(([key, p]) => [key, base64(p.docs), base64(p.values)] as const);
  await inBatches(rows, ARRAY_ROWS, (batch) =>
    tx.execute(sql`insert into ${matchIndexPostings} (key, docs, values)
      select * from unnest(${pgTextArray(batch.map((r) => r[0]))}, ${pgTextArray(batch.map((r) => r[1]))}, ${pgTextArray(batch.map((r) => r[2]))})`),
  );
  const ordinals = documents.ids.map((_, i) => i);
  await inBatches(ordinals, ARRAY_ROWS, (batch) =>
    tx.execute(sql`insert into ${matchIndexSources} (organisation_id, ordinal, source_hash, analysis_key)
      select id, ordinal, hash, ${analysisKey} from unnest(${pgTextArray(batch.map((i) => documents.ids[i] as string))},
        ${`{${batch.join(',')}}`}::int[], ${pgTextArray(batch.map((i) => sourceHashes[i] as string))}) as s(id, ordinal, hash)`),
  );
}

export async function loadDocuments(db: DbOrTx): Promise<SnapshotDocuments> {
  const rows = await db.select({ documents: matchIndexDocuments.documents }).from(matchIndexDocuments).orderBy(asc(matchIndexDocuments.chunk));
  const chunks = rows.map((r) => JSON.parse(r.documents) as StoredChunk);
  const join = <T extends Typed>(field: NumericField, Make: { new (buffer: ArrayBuffer): T; new (length: number): T }): T => {
    const parts = chunks.map((c) => new Make(bytes(c[field])));
    const joined = new Make(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      joined.set(part as never, at);
      at += part.length;
    }
    return joined;
  };
  return {
    ids: chunks.flatMap((c) => c.ids),
    regions: chunks.flatMap((c) => c.regions),
    languages: join('languages', Uint8Array),
    relevance: join('relevance', Float64Array),
    conceptScale: join('conceptScale', Float64Array),
    lengthNorms: join('lengthNorms', Float32Array),
    gemetNorms: join('gemetNorms', Float32Array),
    englishNorms: join('englishNorms', Float32Array),
  };
}

/** The stored postings of these keys (words' values are frequencies, the others weights). */
export async function loadPostings(db: DbOrTx, keys: readonly string[]): Promise<Map<string, SnapshotPosting>> {
  const found = new Map<string, SnapshotPosting>();
  for (let i = 0; i < keys.length; i += ROWS_PER_INSERT) {
    const rows = await db
      .select()
      .from(matchIndexPostings)
      .where(inArray(matchIndexPostings.key, keys.slice(i, i + ROWS_PER_INSERT)));
    for (const r of rows) {
      const values = bytes(r.values);
      found.set(r.key, { docs: new Int32Array(bytes(r.docs)), values: r.key.startsWith('t:') ? new Uint16Array(values) : new Float32Array(values) });
    }
  }
  return found;
}

export type OutsideOrganisation = OrganisationForMatching & { analysis: StoredAnalysis | null };

/**
 * What changed since the index was stored, in one pass over the organisations: the ordinals of
 * stored documents that no longer stand for their organisation (edited, analysed again since,
 * deleted), and the organisations it does not hold as they are now (added or edited since), with
 * the analysis stored of their current version under this analysis key, if any.
 */
export async function changesSinceIndex(db: DbOrTx, analysisKey: string): Promise<{ excluded: Set<number>; outside: OutsideOrganisation[] }> {
  const s = matchIndexSources;
  const valid = and(eq(s.sourceHash, sourceHash), eq(s.analysisKey, analysisKey));
  const rows = await db
    .select({ ...organisationFields, ordinal: s.ordinal, analysis: sql<StoredAnalysis | null>`case when ${valid} then ${s.analysis} end` })
    .from(organisations)
    .leftJoin(organisationProfiles, eq(organisationProfiles.organisationId, organisations.id))
    .fullJoin(s, eq(s.organisationId, organisations.id))
    .where(or(isNull(s.organisationId), isNull(s.ordinal), isNotNull(s.analysis), isNull(organisations.id), ne(s.sourceHash, sourceHash)))
    .orderBy(asc(organisations.id));
  // Every row returned is a change: a stored document (ordinal) superseded, an organisation (id) outside the index.
  const excluded = new Set(rows.flatMap((r) => (r.ordinal === null ? [] : [r.ordinal])));
  const outside = rows.flatMap(({ ordinal: _, ...r }) => (r.id === null ? [] : [r as OutsideOrganisation]));
  return { excluded, outside };
}

/** Organisations analysed outside a full pass: their stored document (if any) no longer stands for them. */
export async function saveAnalyses(
  tx: DbOrTx,
  rows: readonly { organisationId: string; sourceHash: string; analysisKey: string; analysis: StoredAnalysis }[],
): Promise<void> {
  await insertInBatches(rows, (batch) =>
    tx
      .insert(matchIndexSources)
      .values(batch)
      .onConflictDoUpdate({
        target: matchIndexSources.organisationId,
        set: { sourceHash: sql`excluded.source_hash`, analysisKey: sql`excluded.analysis_key`, analysis: sql`excluded.analysis` },
      }),
  );
}
