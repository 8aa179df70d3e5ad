// IATI activity files published by others → projects. Real files are messy (IATI 1.x codes, odd
// xml:lang values, several publishers, extensions), so every value that is skipped or guessed
// becomes a warning with its location, and content problems never throw. Only XML that is not
// well-formed is refused (XmlSyntaxError, with line and column).
import { type Phase, type Project, projectSchema } from '../projects/model';
import { kid, kids, missing, multilingual, toVerbatim, uniqueId } from './import-read';
import type { Context, Warn } from './import-read';
import type { ProjectIati, VerbatimElement } from '../projects/iati-extension';
import { CLASSIFICATION_ELEMENTS, classificationsOf } from './import-classifications';
import { activityDates, location, status, themesOf } from './import-activity';
import { documentOf } from './import-documents';
import { budgetLinesOf, plannedDisbursementsOf, projectCurrency, transactionOf } from './import-money';
import { Organisations, participationsOf, reportingOrg } from './import-organisations';
import { otherAttributes } from './import-parts';
import type { Keep } from './import-parts';
import { result } from './import-results';
import type { ResultParts } from '../projects/iati-extension';
import { readXml, XmlSyntaxError } from './xml-read';
import type { XmlNode } from './xml-read';

export { XmlSyntaxError } from './xml-read';

/** The refusal of an activity the importer could not map validly: a gap in the importer. */
export const NOT_IMPORTABLE = 'activity not importable';

export interface IatiImportWarning {
  message: string;
  path: string;
  line?: number;
  column?: number;
}

export interface IatiImportResult {
  projects: Project[];
  warnings: IatiImportWarning[];
}

/** Elements a parent activity maps into the model or its IATI extension; every other element is
 *  kept verbatim and written back in schema order (decision 014). */
const PROJECT_ELEMENTS = new Set<string>([
  'iati-identifier',
  'reporting-org',
  'title',
  'description',
  'participating-org',
  'activity-status',
  'activity-date',
  'budget',
  'planned-disbursement',
  'transaction',
  'document-link',
  'related-activity',
  'result',
  ...CLASSIFICATION_ELEMENTS,
]);
/** iati-activity attributes our exporter writes itself; the others are kept as published. */
const ACTIVITY_ATTRIBUTES = new Set(['last-updated-datetime', 'xml:lang', 'default-currency']);
const PHASE_ELEMENTS = new Set(['iati-identifier', 'reporting-org', 'title', 'description', 'activity-status', 'activity-date', 'related-activity']);
/** Elements a phase shares with its project: skipped silently when equal to the project's. */
const SHARED_ELEMENTS = new Set(['participating-org', 'recipient-country', 'location', 'sector', 'policy-marker']);

const canonical = (n: XmlNode): string => JSON.stringify([n.name, Object.entries(n.attrs).sort(), n.text, n.children.map(canonical)]);

interface Raw {
  /** From an IATI 1.x file. */
  legacy: boolean;
  node: XmlNode;
  identifier: string;
  parentRef?: string;
  childRefs: string[];
  ctx: Context;
}

/** An IATI 1.x other-identifier (owner-ref and the id as text) in its 2.03 form: A1 when the
 *  reporting organisation owns it, B1 (previous identifier) otherwise. */
function legacyOtherIdentifier(n: XmlNode, reportingRef: string | undefined): VerbatimElement | undefined {
  if (n.name !== 'other-identifier') return undefined;
  const ref = (n.attrs.ref ?? n.text).trim();
  const owner = n.attrs['owner-ref']?.trim();
  if (!ref) return undefined;
  const ownerOrg: VerbatimElement[] = owner
    ? [
        {
          name: 'owner-org',
          attrs: { ref: owner },
          children: n.attrs['owner-name'] ? [{ name: 'narrative', attrs: {}, text: n.attrs['owner-name'], children: [] }] : [],
        },
      ]
    : [];
  return { name: 'other-identifier', attrs: { ref, type: owner === undefined || owner === reportingRef ? 'A1' : 'B1' }, children: ownerOrg };
}

/** A location the project's place holds entirely: a name and a description, nothing more. */
const simpleLocation = (n: XmlNode): boolean =>
  Object.keys(n.attrs).every((a) => a === 'ref') && n.children.every((c) => c.name === 'name' || c.name === 'description');

const recordOf = <E>(held: readonly { value: { id: string }; iati: E }[]): Record<string, E> | undefined => {
  const entries = held.filter((h) => Object.keys(h.iati as object).length > 0).map((h) => [h.value.id, h.iati] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
};

function project(raw: Raw, phases: Raw[]): Project {
  const { node, ctx } = raw;
  const id = raw.identifier;
  // Phases keep their publisher's identifiers; every id generated below steers clear of them.
  for (const phase of phases) ctx.ids.add(phase.identifier);
  const verbatim: VerbatimElement[] = [];
  const keep: Keep = (n, reason) => {
    // IATI 1.x shapes are not valid 2.03: only other-identifier has a known translation.
    const kept = raw.legacy ? legacyOtherIdentifier(n, kid(node, 'reporting-org')?.attrs.ref) : toVerbatim(n, ctx);
    if (!kept) {
      ctx.warn(n, `element ${n.name} of an IATI 1.x file is not held: skipped`);
      return;
    }
    verbatim.push(kept);
    ctx.warn(n, `${n.name} kept verbatim (${reason}): written back on export`);
  };
  const places = kids(node, 'location');
  const placeHeld = places.length === 1 && places.every(simpleLocation);
  for (const c of node.children) {
    if (!PROJECT_ELEMENTS.has(c.name) && !(c.name === 'location' && placeHeld)) keep(c, 'not in the project model');
  }
  const orgs = new Organisations(id, ctx);
  const participations = participationsOf(node, id, orgs, ctx);
  const descriptions = kids(node, 'description');
  const general = descriptions.find((d) => (d.attrs.type ?? '1') === '1');
  descriptions.filter((d) => d !== general).forEach((d) => keep(d, `description of type ${d.attrs.type ?? '1'}`));
  const currency = projectCurrency(node, ctx);
  const budgetLines = budgetLinesOf(node, id, currency, keep, ctx);
  const planned = plannedDisbursementsOf(node, id, currency, orgs, keep, ctx);
  const transactions = kids(node, 'transaction').flatMap((t, i) => {
    // The publisher's own transaction ref is the id when it is usable: unique in the project.
    const ref = t.attrs.ref?.trim();
    const usable = ref && !ctx.ids.has(ref);
    if (ref && !usable) ctx.warn(t, `transaction ref "${ref}" is not unique: a generated id is used`);
    const transactionId = uniqueId(ctx, usable ? ref : `${id}-transaction-${i + 1}`);
    return transactionOf(t, transactionId, { currency }, orgs, keep, ctx) ?? [];
  });
  const documents = kids(node, 'document-link').flatMap((d, i) => {
    const document = documentOf(d, uniqueId(ctx, `${id}-document-${i + 1}`), ctx);
    if (document === 'not held') keep(d, 'it says more than a project document holds');
    return document === 'not held' ? [] : (document ?? []);
  });
  const resultParts: ResultParts = {};
  const results = kids(node, 'result').flatMap((r, i) => result(r, uniqueId(ctx, `${id}-r${i + 1}`), resultParts, ctx) ?? []);
  const title = multilingual(kid(node, 'title'), ctx, true) ?? missing(node, 'title', { original: 'en', en: id }, ctx);
  const phaseList = phasesOf(phases, node);
  const phaseIds = new Set(phases.map((p) => p.identifier));
  const relatedActivities = kids(node, 'related-activity')
    .map((r) => ({ ref: r.attrs.ref?.trim() ?? '', type: r.attrs.type?.trim() ?? '' }))
    .filter((r) => r.ref && r.type && !(phaseIds.has(r.ref) && r.type === '2'));
  const attributes = otherAttributes(node, [...ACTIVITY_ATTRIBUTES], ctx) ?? {};
  Object.keys(node.attrs)
    .filter((name) => !ACTIVITY_ATTRIBUTES.has(name) && name !== 'hierarchy' && !name.startsWith('xmlns:'))
    .forEach((name) => ctx.warn(node, `attribute ${name} kept verbatim: written back on export`));
  const iati: ProjectIati = {
    ...classificationsOf(node, ctx),
    ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    ...(relatedActivities.length > 0 ? { relatedActivities } : {}),
    participations: recordOf(participations),
    budgets: recordOf(budgetLines),
    transactions: recordOf([...planned, ...transactions]),
    ...(Object.keys(resultParts).length > 0 ? { resultParts } : {}),
    ...(verbatim.length > 0 ? { verbatim } : {}),
  };
  const noGo = phaseList.find((p) => p.gate.status === 'no-go');
  return {
    id,
    iatiIdentifier: id,
    reportingOrg: reportingOrg(node, ctx),
    title,
    purpose: multilingual(general ?? descriptions[0], ctx, true) ?? missing(node, 'description', title, ctx),
    location: location(node, ctx),
    themes: themesOf(node),
    status: status(node, ctx),
    closure: noGo
      ? { phaseId: noGo.id, reason: { original: 'en', en: 'No-go at the gate of this phase (read from the IATI activity status of the phases)' } }
      : undefined,
    dates: activityDates(node, ctx),
    currency: currency.assumed,
    budgetLines: budgetLines.map((b) => b.value),
    transactions: [...planned, ...transactions].map((t) => t.value),
    organisations: orgs.list,
    people: [],
    participations: participations.map((p) => p.value),
    bodies: [],
    documents,
    agreements: [],
    phases: phaseList,
    results,
    iati: JSON.parse(JSON.stringify(iati)) as ProjectIati,
  };
}

/** Phases from child activities, in file order. IATI has no gates: a closed phase (4) passed
 *  its gate, and it was a no-go when the next phase was cancelled (5), as our exporter writes. */
function phasesOf(children: Raw[], parent: XmlNode): Phase[] {
  const parentShared = new Set(parent.children.filter((c) => SHARED_ELEMENTS.has(c.name)).map(canonical));
  const statuses = children.map((c) => status(c.node, c.ctx));
  return children.map((child, i) => {
    const { ctx, node } = child;
    for (const c of node.children) {
      if (PHASE_ELEMENTS.has(c.name)) continue;
      if (SHARED_ELEMENTS.has(c.name) && parentShared.has(canonical(c))) continue;
      ctx.warn(
        c,
        SHARED_ELEMENTS.has(c.name)
          ? `${c.name} differs from the parent activity's: phases share the project's, skipped`
          : `element ${c.name} of a phase is not held: skipped`,
      );
    }
    const descriptions = kids(node, 'description');
    descriptions.slice(1).forEach((d) => ctx.warn(d, 'a phase holds one description: skipped'));
    const decided = statuses[i] === 4;
    const gateStatus = decided ? (statuses[i + 1] === 5 ? 'no-go' : 'go') : 'pending';
    if (decided)
      ctx.warn(kid(node, 'activity-status') ?? node, `gate ${gateStatus} inferred from activity-status 4 (who decided, when and why are not in IATI)`);
    const name = multilingual(kid(node, 'title'), ctx, true) ?? missing(node, 'title', { original: 'en', en: child.identifier }, ctx);
    return {
      id: child.identifier,
      order: i + 1,
      name,
      description: multilingual(descriptions[0], ctx, false),
      dates: activityDates(node, ctx),
      gate: { status: gateStatus },
      activities: [],
    };
  });
}

function rawActivity(node: XmlNode, identifier: string, warnings: IatiImportWarning[], root: XmlNode): Raw {
  const warn: Warn = (at, message) => warnings.push({ message, path: at.path, line: at.line, column: at.column });
  const namespaces = Object.fromEntries(Object.entries({ ...root.attrs, ...node.attrs }).filter(([name]) => name.startsWith('xmlns:')));
  const ctx: Context = { warn, defaultLang: node.attrs['xml:lang'] ?? root.attrs['xml:lang'], ids: new Set(), namespaces };
  const related = kids(node, 'related-activity');
  const refs = (type: string): string[] => related.filter((r) => r.attrs.type === type).flatMap((r) => r.attrs.ref?.trim() || []);
  const version = root.attrs.version;
  return { legacy: version !== undefined && !version.startsWith('2.'), node, identifier, parentRef: refs('1')[0], childRefs: refs('2'), ctx };
}

/** The importer's last line of defence: an activity it cannot map to a valid project refuses the
 *  file (all or nothing) at that activity, rather than passing half-valid data on. */
function checked(mapped: Project, activity: XmlNode): Project {
  const problem = projectSchema.safeParse(mapped).error?.issues[0];
  if (!problem) return mapped;
  const field = problem.path.join('.') || '(project)';
  throw new XmlSyntaxError(`${field}: ${problem.message}`, activity.line ?? 1, activity.column ?? 1, NOT_IMPORTABLE);
}

/** The identifier a legacy activity without iati-identifier is known by: the reporting
 *  organisation's ref and the activity's own other-identifier (the publisher's internal id, type
 *  A1, or in IATI 1.x the one owned by the reporting organisation), when there is exactly one. */
function derivedIdentifier(node: XmlNode): string | undefined {
  const reporting = kid(node, 'reporting-org')?.attrs.ref?.trim();
  if (!reporting) return undefined;
  const own = kids(node, 'other-identifier').filter((o) => {
    const owner = o.attrs['owner-ref']?.trim() ?? kid(o, 'owner-org')?.attrs.ref?.trim();
    return o.attrs.type === 'A1' || owner === reporting || (o.attrs.type === undefined && owner === undefined);
  });
  const values = [...new Set(own.map((o) => (o.attrs.ref ?? o.text).trim()).filter((v) => v !== ''))];
  if (values.length !== 1) return undefined;
  const value = values[0] ?? '';
  return value.startsWith(`${reporting}-`) ? value : `${reporting}-${value}`;
}

/** The identifier of each activity: its iati-identifier, or one derived for a legacy activity
 *  (reported); a file where that is impossible or ambiguous is refused, naming its version. */
function activityIdentifiers(nodes: readonly XmlNode[], version: string | undefined, warnings: IatiImportWarning[]): string[] {
  const given = nodes.map((n) => kid(n, 'iati-identifier')?.text.trim() || undefined);
  const derived = nodes.map((n, i) => (given[i] ? undefined : derivedIdentifier(n)));
  const all = nodes.map((_, i) => given[i] ?? derived[i]);
  nodes.forEach((node, i) => {
    const id = derived[i];
    const clash = id !== undefined && all.filter((other) => other === id).length > 1;
    if (given[i] === undefined && (id === undefined || clash)) {
      const why =
        id === undefined
          ? 'and no identifier can be derived from it (reporting-org ref and exactly one other-identifier of the reporting organisation are needed)'
          : `and the identifier derived from it (${id}) is not unique in the file`;
      throw new XmlSyntaxError(
        `IATI ${version ? `version ${version}` : 'file without version'}: activity ${i + 1} has no iati-identifier, ${why}`,
        node.line ?? 1,
        node.column ?? 1,
        'activity without identifier',
      );
    }
    if (id !== undefined)
      warnings.push({
        message: `no iati-identifier: ${id} derived from reporting-org and other-identifier`,
        path: node.path,
        line: node.line,
        column: node.column,
      });
  });
  return all.map((id) => id ?? '');
}

/** Imports the activities of an IATI activity file (2.0x, with IATI 1.x leftovers tolerated). */
export function importIatiActivities(xml: string): IatiImportResult {
  const warnings: IatiImportWarning[] = [];
  const root = readXml(xml)[0];
  if (root?.name !== 'iati-activities') {
    const found = root ? `the root element is ${root.name}` : 'no root element';
    const hint = root?.name === 'iati-organisations' ? ' (an IATI organisation file: it describes publishers, not activities)' : '';
    throw new XmlSyntaxError(`${found}${hint}; an iati-activities file is needed`, root?.line ?? 1, root?.column ?? 1, 'not an IATI activity file');
  }
  const version = root.attrs.version;
  if (version && !version.startsWith('2.')) {
    warnings.push({ message: `IATI version ${version}: read as 2.03 with 1.x codes translated`, path: root.path, line: root.line, column: root.column });
  }
  const raws: Raw[] = [];
  const nodes = kids(root, 'iati-activity');
  const identifiers = activityIdentifiers(nodes, version, warnings);
  nodes.forEach((node, i) => {
    const raw = rawActivity(node, identifiers[i] ?? '', warnings, root);
    if (raws.some((r) => r.identifier === raw.identifier)) raw.ctx.warn(node, `second activity ${raw.identifier} in the file: skipped`);
    else raws.push(raw);
  });
  const byId = new Map(raws.map((r) => [r.identifier, r]));
  const linkedParent = (r: Raw): Raw | undefined => {
    const parent = (r.parentRef && byId.get(r.parentRef)) || raws.find((p) => p.childRefs.includes(r.identifier));
    return parent === r ? undefined : parent;
  };
  // Only two levels: a phase of a phase (or a cycle of parents) is imported as a project of its own.
  const parentOf = (r: Raw): Raw | undefined => {
    const parent = linkedParent(r);
    return parent && !linkedParent(parent) ? parent : undefined;
  };
  const projects = raws.flatMap((raw) => {
    if (parentOf(raw)) return [];
    const linked = linkedParent(raw);
    if (linked) raw.ctx.warn(raw.node, `child of ${linked.identifier}, itself a child activity: imported as a project`);
    else if (raw.parentRef) raw.ctx.warn(raw.node, `parent activity ${raw.parentRef} is not in this file: imported as a project`);
    return [
      checked(
        project(
          raw,
          raws.filter((c) => parentOf(c) === raw),
        ),
        raw.node,
      ),
    ];
  });
  // Reading order differs from file order (titles after participants…): report in file order.
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { projects, warnings };
}
