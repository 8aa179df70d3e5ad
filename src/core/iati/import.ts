// IATI activity files published by others → projects. Real files are messy (IATI 1.x codes, odd
// xml:lang values, several publishers, extensions), so every value that is skipped or guessed
// becomes a warning with its location, and content problems never throw. Only XML that is not
// well-formed is refused (XmlSyntaxError, with line and column).
import { type Phase, type Project, projectSchema } from '../projects/model';
import { kid, kids, missing, multilingual, uniqueId } from './import-read';
import type { Context, Warn } from './import-read';
import {
  activityDates, budgetLinesOf, documentOf, location, Organisations, participationsOf, plannedDisbursementsOf, projectCurrency,
  reportingOrg, result, status, themesOf, transactionOf,
} from './import-parts';
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

/** Elements a parent activity maps; a phase only maps the ones that describe itself. */
const PROJECT_ELEMENTS = new Set([
  'iati-identifier', 'reporting-org', 'title', 'description', 'participating-org', 'activity-status', 'activity-date',
  'recipient-country', 'location', 'sector', 'policy-marker', 'budget', 'planned-disbursement', 'transaction',
  'document-link', 'related-activity', 'result',
]);
/** iati-activity attributes that are read or that our exporter derives again. */
const ACTIVITY_ATTRIBUTES = new Set(['last-updated-datetime', 'xml:lang', 'default-currency', 'hierarchy']);
const PHASE_ELEMENTS = new Set(['iati-identifier', 'reporting-org', 'title', 'description', 'activity-status', 'activity-date', 'related-activity']);
/** Elements a phase shares with its project: skipped silently when equal to the project's. */
const SHARED_ELEMENTS = new Set(['participating-org', 'recipient-country', 'location', 'sector', 'policy-marker']);

const canonical = (n: XmlNode): string =>
  JSON.stringify([n.name, Object.entries(n.attrs).sort(), n.text, n.children.map(canonical)]);

interface Raw {
  node: XmlNode;
  identifier: string;
  parentRef?: string;
  childRefs: string[];
  ctx: Context;
}

function project(raw: Raw, phases: Raw[]): Project {
  const { node, ctx } = raw;
  const id = raw.identifier;
  // Phases keep their publisher's identifiers; every id generated below steers clear of them.
  for (const phase of phases) ctx.ids.add(phase.identifier);
  const orgs = new Organisations(id, ctx);
  const participations = participationsOf(node, id, orgs, ctx);
  const descriptions = kids(node, 'description');
  const general = descriptions.find((d) => (d.attrs.type ?? '1') === '1');
  descriptions.filter((d) => d !== general).forEach((d) => ctx.warn(d, `description of type "${d.attrs.type ?? ''}" not held: skipped`));
  const currency = projectCurrency(node, ctx);
  const themes = themesOf(node, ctx);
  const budgetLines = budgetLinesOf(node, id, currency, ctx);
  const planned = plannedDisbursementsOf(node, id, currency, orgs, ctx);
  const transactions = kids(node, 'transaction').flatMap((t, i) => {
    // The publisher's own transaction ref is the id when it is usable: unique in the project.
    const ref = t.attrs.ref?.trim();
    const usable = ref && !ctx.ids.has(ref);
    if (ref && !usable) ctx.warn(t, `transaction ref "${ref}" is not unique: a generated id is used`);
    const transactionId = uniqueId(ctx, usable ? ref : `${id}-transaction-${i + 1}`);
    return transactionOf(t, transactionId, { currency }, orgs, ctx) ?? [];
  });
  const documents = kids(node, 'document-link').flatMap((d, i) => documentOf(d, uniqueId(ctx, `${id}-document-${i + 1}`), ctx) ?? []);
  const results = kids(node, 'result').flatMap((r, i) => result(r, uniqueId(ctx, `${id}-r${i + 1}`), ctx) ?? []);
  const title = multilingual(kid(node, 'title'), ctx, true) ?? missing(node, 'title', { original: 'en', en: id }, ctx);
  const phaseList = phasesOf(phases, node);
  const noGo = phaseList.find((p) => p.gate.status === 'no-go');
  return {
    id,
    iatiIdentifier: id,
    reportingOrg: reportingOrg(node, ctx),
    title,
    purpose: multilingual(general ?? descriptions[0], ctx, true) ?? missing(node, 'description', title, ctx),
    location: location(node, ctx),
    themes,
    status: status(node, ctx),
    closure: noGo ? { phaseId: noGo.id, reason: { original: 'en', en: 'No-go at the gate of this phase (read from the IATI activity status of the phases)' } } : undefined,
    dates: activityDates(node, ctx),
    currency: currency.assumed,
    budgetLines,
    transactions: [...planned, ...transactions],
    organisations: orgs.list,
    people: [],
    participations,
    bodies: [],
    documents,
    agreements: [],
    phases: phaseList,
    results,
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
      ctx.warn(c, SHARED_ELEMENTS.has(c.name) ? `${c.name} differs from the parent activity's: phases share the project's, skipped` : `element ${c.name} of a phase is not held: skipped`);
    }
    const descriptions = kids(node, 'description');
    descriptions.slice(1).forEach((d) => ctx.warn(d, 'a phase holds one description: skipped'));
    const decided = statuses[i] === 4;
    const gateStatus = decided ? (statuses[i + 1] === 5 ? 'no-go' : 'go') : 'pending';
    if (decided) ctx.warn(kid(node, 'activity-status') ?? node, `gate ${gateStatus} inferred from activity-status 4 (who decided, when and why are not in IATI)`);
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

function rawActivity(node: XmlNode, warnings: IatiImportWarning[], rootLang: string | undefined): Raw | undefined {
  const warn: Warn = (at, message) => warnings.push({ message, path: at.path, line: at.line, column: at.column });
  const ctx: Context = { warn, defaultLang: node.attrs['xml:lang'] ?? rootLang, ids: new Set() };
  const idNode = kid(node, 'iati-identifier');
  const identifier = idNode?.text.trim();
  if (!identifier) {
    warn(idNode ?? node, 'activity without iati-identifier: skipped');
    return undefined;
  }
  const related = kids(node, 'related-activity');
  const refs = (type: string): string[] => related.filter((r) => r.attrs.type === type).flatMap((r) => r.attrs.ref?.trim() || []);
  related.filter((r) => r.attrs.type !== '1' && r.attrs.type !== '2')
    .forEach((r) => warn(r, `related-activity of type "${r.attrs.type ?? ''}" (${r.attrs.ref ?? ''}) is not held: skipped`));
  return { node, identifier, parentRef: refs('1')[0], childRefs: refs('2'), ctx };
}

/** The importer's last line of defence: an activity it cannot map to a valid project refuses the
 *  file (all or nothing) at that activity, rather than passing half-valid data on. */
function checked(mapped: Project, activity: XmlNode): Project {
  const problem = projectSchema.safeParse(mapped).error?.issues[0];
  if (!problem) return mapped;
  const field = problem.path.join('.') || '(project)';
  throw new XmlSyntaxError(`${field}: ${problem.message}`, activity.line ?? 1, activity.column ?? 1, NOT_IMPORTABLE);
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
  for (const node of kids(root, 'iati-activity')) {
    const raw = rawActivity(node, warnings, root.attrs['xml:lang']);
    if (raw && raws.some((r) => r.identifier === raw.identifier)) raw.ctx.warn(node, `second activity ${raw.identifier} in the file: skipped`);
    else if (raw) raws.push(raw);
  }
  const byId = new Map(raws.map((r) => [r.identifier, r]));
  for (const r of raws) {
    kids(r.node, 'related-activity').filter((rel) => rel.attrs.type === '2' && !byId.has(rel.attrs.ref?.trim() ?? ''))
      .forEach((rel) => r.ctx.warn(rel, `child activity ${rel.attrs.ref ?? ''} is not in this file: no phase for it`));
  }
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
    for (const c of raw.node.children) {
      if (!PROJECT_ELEMENTS.has(c.name)) raw.ctx.warn(c, `element ${c.name} is not held: skipped`);
    }
    for (const name of Object.keys(raw.node.attrs)) {
      if (!ACTIVITY_ATTRIBUTES.has(name)) raw.ctx.warn(raw.node, `attribute ${name} is not held: skipped`);
    }
    return [checked(project(raw, raws.filter((c) => parentOf(c) === raw)), raw.node)];
  });
  // Reading order differs from file order (titles after participants…): report in file order.
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { projects, warnings };
}

