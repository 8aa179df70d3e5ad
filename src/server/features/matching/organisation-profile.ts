import type { z } from 'zod';
import { ErrorCode, type Language, type OrganisationProfile } from '../../../shared/api';
import { type Actor, type Viewer, managesProgramme } from '../../actor';
import type { Db } from '../../db/open-database';
import { forbidden, invalid } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { getOrganisation } from '../organisations/organisations.service';
import { loadScheme } from '../thesaurus/thesaurus.service';
import { textOf } from './matching-rules';
import * as repo from './matching.repository';

const emptyProfile = { sectors: [], capabilities: [], languages: [], size: null, references: [], people: [] };

export async function getProfile(db: Db, viewer: Viewer, organisationId: string) {
  const organisation = await getOrganisation(db, viewer, organisationId);
  const [row, { scheme, tagger }] = await Promise.all([repo.findProfile(db, organisationId), loadScheme(db)]);
  const profile = row ?? { organisationId, ...emptyProfile };
  const { text, lang } = textOf(organisation.description ?? null);
  const tags = tagger().analyse(`${organisation.name}. ${text}`, lang).tags;
  const confirmed = new Set(profile.capabilities);
  const language: Language = lang ?? 'en';
  const suggestions = tags
    .filter((t) => !confirmed.has(t.conceptId))
    .map((t) => ({
      conceptId: t.conceptId,
      label: scheme.byId.get(t.conceptId)?.prefLabel[language] ?? t.conceptId,
      weight: t.weight,
      confirmed: false,
      evidence: t.evidence.map((e) => e.phrase),
    }));
  return {
    organisationId,
    sectors: profile.sectors,
    capabilities: profile.capabilities,
    languages: profile.languages,
    size: (profile.size as z.output<typeof OrganisationProfile>['size']) ?? null,
    references: profile.references,
    // Contacts are personal data: for signed-in users only.
    people: viewer ? profile.people : [],
    suggestions,
  };
}

/**
 * Programme managers edit every profile; a member edits their own organisation's, except the
 * confirmed capabilities, which only a programme manager confirms.
 */
export async function updateProfile(db: Db, actor: Actor, organisationId: string, input: z.output<typeof OrganisationProfile>) {
  const manager = managesProgramme(actor);
  if (!manager && !(actor.kind === 'user' && actor.role === 'member' && actor.organisationId === organisationId)) {
    throw forbidden(ErrorCode.ownOrganisationOnly, "You may only edit your own organisation's profile");
  }
  await getOrganisation(db, actor, organisationId);
  const { scheme } = await loadScheme(db);
  const unknown = input.capabilities.map((id, i) => ({ id, i })).filter(({ id }) => !scheme.byId.has(id));
  if (unknown.length) {
    throw invalid(unknown.map(({ id, i }) => ({ path: `capabilities.${i}`, message: `unknown concept "${id}"` })));
  }
  await db.transaction(async (tx) => {
    const before = await repo.findProfile(tx, organisationId);
    const capabilities = manager ? input.capabilities : (before?.capabilities ?? []);
    const after = { organisationId, ...input, capabilities };
    await repo.upsertProfile(tx, after);
    await recordAudit(tx, actor, { entityType: 'organisation-profile', entityId: organisationId, action: before ? 'update' : 'create', before, after });
  });
  return getProfile(db, actor, organisationId);
}
