import { sql } from 'drizzle-orm';
import { ErrorCode } from '../../../shared/api';
import type { z } from 'zod';
import { simplifyTsquery } from '../../../core/text';
import type {
  Language,
  LocalizedText,
  Organisation,
  OrganisationConfidential,
  OrganisationExportQuery,
  OrganisationFacetsQuery,
  OrganisationInput,
  OrganisationListItem,
  OrganisationListQuery,
  OrganisationTranslation,
  OrganisationUpdate,
  OrganisationView,
} from '../../../shared/api';
import { type Actor, type Viewer, managesProgramme, seesConfidential, seesMembersOnly } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { PgCode, pgErrorCode } from '../../db/pg-errors';
import { rowsOf } from '../../db/rows';
import { conflict, forbidden, invalid, notFound, referenced, translatedText } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { exportOrganisations, type Table } from '../imports/imports.service';
import { findRegion } from '../regions/regions.service';
import { loadScheme } from '../thesaurus/thesaurus.service';
import { type DirectorySearch, directorySearch } from './directory-search';
import { organisationIdFor } from './organisation-id';
import * as directory from './directory.repository';
import * as repo from './organisations.repository';

/** For features that write organisations in bulk (imports, demo data): the row with its search vector. */
export { organisationRow } from './organisations.repository';

/** What a viewer may see of an organisation: the confidential fields are left out, not blanked. */
export function viewOf(viewer: Viewer, o: OrganisationConfidential): OrganisationView {
  if (seesConfidential(viewer)) return o;
  const { notes: _notes, ...rest } = o;
  return rest satisfies Organisation;
}

const visibleTo = (viewer: Viewer, o: OrganisationConfidential) => o.visibility === 'public' || seesMembersOnly(viewer);

/**
 * The filter's context: who sees members-only entries, what the search across languages finds, the
 * themes' concepts. The search is passed on as its query for one statement (`'query'`: the page,
 * the export), or resolved to its ids once for several (`'ids'`: the facets' five counts).
 */
async function whereContext(
  db: Db,
  viewer: Viewer,
  q: { q?: string | undefined },
  search: 'query' | 'ids',
): Promise<directory.WhereContext & { themeOf: Map<string, string> }> {
  const { scheme, tagger } = await loadScheme(db);
  const themeOf = new Map(scheme.concepts.map((c) => [c.id, c.theme]));
  const inTheme = new Map<string, string[]>();
  for (const [concept, theme] of themeOf) inTheme.set(theme, [...(inTheme.get(theme) ?? []), concept]);
  if (q.q) {
    // Rows written without a search vector (before it existed, raw SQL, a restore) are indexed first.
    while ((await repo.indexUnindexed(db)) > 0);
  }
  return {
    membersOnlyToo: seesMembersOnly(viewer),
    search: q.q ? await searchOf(db, await resolvedSearch(db, directorySearch(q.q, scheme, tagger())), search) : undefined,
    themeConcepts: (theme) => inTheme.get(theme) ?? [],
    themeOf,
  };
}

async function searchOf(db: Db, search: DirectorySearch, as: 'query' | 'ids'): Promise<directory.WhereContext['search']> {
  if (as === 'query') {
    const matches = directory.searchMatchesQuery(search);
    return matches && { matches };
  }
  const ids = await directory.searchMatches(db, search);
  return ids && { ids };
}

/**
 * The tsquery evaluated once, to a constant: to_tsquery() is only stable, so a filter holding the
 * dozens of label queries would otherwise be evaluated again for every row it looks at. Repeated
 * and implied alternatives are dropped (simplifyTsquery: the same matches, far fewer index checks).
 */
async function resolvedSearch(db: Db, search: DirectorySearch): Promise<DirectorySearch> {
  if (!search.tsquery) return search;
  const [row] = rowsOf<{ q: string }>(await db.execute(sql`select (${search.tsquery})::text as q`));
  const text = simplifyTsquery(row?.q ?? '');
  return { ...search, tsquery: text ? sql`${text}::tsquery` : undefined };
}

export async function listOrganisations(db: Db, viewer: Viewer, q: z.output<typeof OrganisationListQuery>) {
  const { items, total } = await directory.listOrganisations(db, q, await whereContext(db, viewer, q, 'query'));
  return { items: items.map((o) => ({ ...viewOf(viewer, o), regionName: o.regionName }) as OrganisationListItem), total, page: q.page, pageSize: q.pageSize };
}

/** Per facet value, how many organisations the other filters leave; themes carry their thesaurus labels. */
export async function organisationFacets(db: Db, viewer: Viewer, q: z.output<typeof OrganisationFacetsQuery>) {
  const ctx = await whereContext(db, viewer, q, 'ids');
  const facets = await directory.directoryFacets(db, q, ctx, ctx.themeOf);
  const { scheme } = await loadScheme(db);
  return {
    ...facets,
    theme: facets.theme.map((f) => {
      const label = scheme.byId.get(f.value)?.prefLabel;
      const name: LocalizedText = label ? { original: 'en', nl: label.nl, en: label.en, zh: label.zh } : { original: 'en', en: f.value };
      return { ...f, name };
    }),
  };
}

/** The organisations the filter selects, in the import's columns (programme managers only, as every export). */
export async function exportDirectory(db: Db, actor: Actor, q: z.output<typeof OrganisationExportQuery>): Promise<Table> {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins import and export');
  const ids = await directory.filteredIds(db, q, await whereContext(db, actor, q, 'query'));
  return exportOrganisations(db, actor, ids);
}

/** A members-only organisation does not exist for a visitor: 404, as for an unknown id. */
export async function getOrganisation(db: DbOrTx, viewer: Viewer, id: string): Promise<OrganisationView> {
  const found = await repo.findOrganisation(db, id);
  if (!found || !visibleTo(viewer, found)) throw notFound('Organisation', id);
  return viewOf(viewer, found);
}

/** For other features (accounts): does an organisation exist, whoever may see it. */
export async function organisationExists(db: DbOrTx, id: string): Promise<boolean> {
  return (await repo.findOrganisation(db, id)) !== undefined;
}

export async function createOrganisation(db: Db, actor: Actor, input: z.output<typeof OrganisationInput>) {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins create organisations');
  const { id = organisationIdFor(input.name), notes, ...values } = input;
  return db.transaction(async (tx) => {
    await checkRegion(tx, values.homeRegionId);
    let created: OrganisationConfidential;
    try {
      created = await repo.insertOrganisation(tx, id, { ...values, notes: notes ?? null });
    } catch (error) {
      if (pgErrorCode(error) === PgCode.uniqueViolation) throw conflict(ErrorCode.alreadyExists, `An organisation with id "${id}" already exists`, { id });
      throw error;
    }
    await recordAudit(tx, actor, { entityType: 'organisation', entityId: id, action: 'create', after: created });
    return viewOf(actor, created);
  });
}

/** Programme managers edit every organisation; a member edits their own organisation only. */
function checkEditsOrganisation(actor: Actor, o: OrganisationConfidential) {
  if (!managesProgramme(actor) && !(actor.kind === 'user' && actor.role === 'member' && actor.organisationId === o.id)) {
    throw forbidden(ErrorCode.ownOrganisationOnly, `You may only edit your own organisation's profile, not "${o.name}"`);
  }
}

/**
 * Adds (or corrects) the `lang` version of the description (issue #11), under the rule of editing
 * the profile; the original and the other languages stay as they are.
 */
export async function translateOrganisation(db: Db, actor: Actor, id: string, lang: Language, input: z.output<typeof OrganisationTranslation>) {
  return db.transaction(async (tx) => {
    const before = await repo.findOrganisation(tx, id);
    if (!before || !visibleTo(actor, before)) throw notFound('Organisation', id);
    checkEditsOrganisation(actor, before);
    const description = translatedText('description', before.description, lang, input.description);
    const after = (await repo.updateDescription(tx, id, before.name, description))!;
    await recordAudit(tx, actor, { entityType: 'organisation', entityId: id, action: 'translate', before, after });
    return viewOf(actor, after);
  });
}

export async function updateOrganisation(db: Db, actor: Actor, id: string, input: z.output<typeof OrganisationUpdate>) {
  return db.transaction(async (tx) => {
    const before = await repo.findOrganisation(tx, id);
    if (!before || !visibleTo(actor, before)) throw notFound('Organisation', id);
    checkEditsOrganisation(actor, before);
    await checkRegion(tx, input.homeRegionId);
    // Confidential notes are kept as they are when someone who cannot see them saves the profile.
    const notes = seesConfidential(actor) && input.notes !== undefined ? input.notes : before.notes;
    const { notes: _ignored, ...values } = input;
    const after = (await repo.updateOrganisation(tx, id, { ...values, notes }))!;
    await recordAudit(tx, actor, { entityType: 'organisation', entityId: id, action: 'update', before, after });
    return viewOf(actor, after);
  });
}

export async function deleteOrganisation(db: Db, actor: Actor, id: string) {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins delete organisations');
  await db.transaction(async (tx) => {
    const before = await repo.findOrganisation(tx, id);
    if (!before) throw notFound('Organisation', id);
    const uses = await repo.organisationDependents(tx, id);
    if (uses.users > 0) throw referenced(`Organisation "${id}" still has ${uses.users} user account(s); move or remove them first`);
    await repo.deleteOrganisation(tx, id);
    await recordAudit(tx, actor, { entityType: 'organisation', entityId: id, action: 'delete', before });
  });
}

async function checkRegion(db: DbOrTx, regionId: string | null) {
  if (regionId && !(await findRegion(db, regionId))) {
    throw invalid([{ path: 'homeRegionId', message: `region "${regionId}" does not exist` }]);
  }
}
