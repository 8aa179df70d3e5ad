// The organisations of a foreign IATI activity: the reporting one, the participating ones and
// those named by its transactions, merged into one list per project.
import type { OrganisationRef, Participation, ParticipationRole, ReportingOrg } from '../projects/model';
import { ORGANISATION_ROLE, ORGANISATION_TYPE } from './codelists';
import { byName, code, kid, kids, multilingual, uniqueId } from './import-read';
import type { Context } from './import-read';
import { compact } from './import-parts';
import type { Held } from './import-parts';
import type { XmlNode } from './xml-read';

const ROLE_NAMES = byName(ORGANISATION_ROLE);
/** IATI 1.x wrote organisation types as names ("Government"). */
const ORGANISATION_TYPE_NAMES = byName(ORGANISATION_TYPE);

/** Organisations of one project, merged by IATI ref (or by name when there is no ref). */
export class Organisations {
  readonly list: OrganisationRef[] = [];
  constructor(
    private readonly projectId: string,
    private readonly ctx: Context,
  ) {}

  from(node: XmlNode): string | undefined {
    const ref = node.attrs.ref?.trim() || undefined;
    let name = multilingual(node, this.ctx, false);
    if (!ref && !name) {
      this.ctx.warn(node, `${node.name} without identifier or name: skipped`);
      return undefined;
    }
    const sameName = (o: OrganisationRef): boolean => name !== undefined && o.name[o.name.original] === name[name.original];
    const existing = this.list.find((o) => (ref ? o.iatiRef === ref : !o.iatiRef && sameName(o)));
    if (existing) return existing.id;
    // Publishers often name an organisation once without its identifier and once with it.
    const unidentified = ref ? this.list.find((o) => !o.iatiRef && sameName(o)) : undefined;
    if (unidentified) {
      this.ctx.warn(node, `${node.name} "${ref}" taken to be the organisation of the same name named before without identifier`);
      unidentified.iatiRef = ref;
      return unidentified.id;
    }
    if (!name) {
      this.ctx.warn(node, `${node.name} "${ref}" has no name: its identifier is used as name`);
      name = { original: 'en', en: ref };
    }
    const iatiType = organisationType(node, this.ctx);
    const org: OrganisationRef = { id: uniqueId(this.ctx, ref ? `org:${ref}` : `org:${this.projectId}:${this.list.length + 1}`), name, iatiRef: ref, iatiType };
    this.list.push(org);
    return org.id;
  }
}

/** An organisation type code, or an IATI 1.x type name read as its code. */
function organisationType(node: XmlNode, ctx: Context): string | undefined {
  return node.attrs.type?.trim() ? code(node, ORGANISATION_TYPE, ORGANISATION_TYPE_NAMES, 'organisation type', ctx.warn, 'type') : undefined;
}

export function reportingOrg(activity: XmlNode, ctx: Context): ReportingOrg | undefined {
  const node = kid(activity, 'reporting-org');
  const ref = node?.attrs.ref?.trim();
  const type = node && organisationType(node, ctx);
  const name = multilingual(node, ctx, false);
  if (!node || !ref || !type || !name) {
    ctx.warn(node ?? activity, "reporting-org incomplete (ref, known type and name needed): not kept, the exporter's own will be used");
    return undefined;
  }
  return { ref, type, name };
}

export function participationsOf(
  activity: XmlNode,
  projectId: string,
  orgs: Organisations,
  ctx: Context,
): Held<Participation, { activityId?: string; crsChannelCode?: string }>[] {
  return kids(activity, 'participating-org').flatMap((p, i) => {
    const role = code(p, ORGANISATION_ROLE, ROLE_NAMES, 'participating-org role', ctx.warn, 'role');
    const organisationId = orgs.from(p);
    if (!role || !organisationId) return [];
    const participation = { id: uniqueId(ctx, `${projectId}-participation-${i + 1}`), organisationId, role: Number(role) as ParticipationRole };
    return [
      {
        value: participation,
        iati: compact({ activityId: p.attrs['activity-id']?.trim() || undefined, crsChannelCode: p.attrs['crs-channel-code']?.trim() || undefined }),
      },
    ];
  });
}
