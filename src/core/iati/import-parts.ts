// The parts of a foreign IATI activity that become parts of a project: organisations, money,
// results, documents, dates, status and place.
import type {
  ActivityStatus,
  Currency,
  Indicator,
  OrganisationRef,
  Participation,
  ParticipationRole,
  Project,
  ProjectDocument,
  ReportingOrg,
  Result,
  Transaction,
} from '../projects/model';
import {
  ACTIVITY_DATE_TYPE,
  ACTIVITY_STATUS,
  COUNTRY_CODES,
  CURRENCY_CODES,
  DOCUMENT_CATEGORY_CODES,
  INDICATOR_MEASURE,
  ORGANISATION_ROLE,
  ORGANISATION_TYPE,
  RESULT_TYPE,
  TRANSACTION_TYPE,
} from './codelists';
import { documentSchema } from '../projects/model';
import type { ResultParts, TransactionIati } from '../projects/iati-extension';
import { themeForSector } from './themes';
import { byName, code, decimal, has, isHeld, isoDate, kid, kids, multilingual, namespaceDeclarations, toVerbatim, uniqueId } from './import-read';
import type { Context, Warn } from './import-read';
import type { XmlNode } from './xml-read';

const STATUS_NAMES = byName(ACTIVITY_STATUS, { completion: '3', 'post-completion': '4' });
const ROLE_NAMES = byName(ORGANISATION_ROLE);
const RESULT_NAMES = byName(RESULT_TYPE);
/** IATI 1.x wrote organisation types as names ("Government"). */
const ORGANISATION_TYPE_NAMES = byName(ORGANISATION_TYPE);
/** IATI 1.x activity-date types and transaction-type letters. */
const V1_DATE_TYPES: Record<string, string> = { 'start-planned': '1', 'start-actual': '2', 'end-planned': '3', 'end-actual': '4' };
const V1_TRANSACTION_TYPES: Record<string, string> = { IF: '1', C: '2', D: '3', E: '4', IR: '5', LR: '6', R: '7', QP: '8', QS: '9', CG: '10' };
const MEASURES = ['unit', 'percentage', 'nominal', 'ordinal', 'qualitative'] as const;

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

/** The currency a value without its own takes: the activity's default-currency as written, or,
 *  when the activity names none, the project currency as a reported guess. */
export interface CurrencyDefault {
  given: string | undefined;
  assumed: Currency;
}

function currency(raw: string | undefined, fallback: CurrencyDefault, node: XmlNode, warn: Warn): Currency | undefined {
  const own = raw?.trim().toUpperCase() || undefined;
  if (own && own !== raw?.trim()) warn(node, `currency "${raw?.trim() ?? ''}" read as "${own}"`);
  const value = own ?? fallback.given;
  if (value === undefined) {
    warn(node, `value without currency and no default-currency: read as ${fallback.assumed} (guessed)`);
    return fallback.assumed;
  }
  if (value === 'EUR' || value === 'CNY') return value;
  const source = own ? 'currency' : 'default-currency';
  warn(node, `${source} "${value}" ${CURRENCY_CODES.has(value) ? 'is not held (only EUR and CNY amounts are)' : 'is not an ISO 4217 code'}`);
  return undefined;
}

/** A child element a part needs, reported when absent: the part is skipped then. */
function needed(node: XmlNode, name: string, ctx: Context): XmlNode | undefined {
  const found = kid(node, name);
  if (!found) ctx.warn(node, `${node.name} without ${name}: skipped`);
  return found;
}

/** A period, refused (reported) when it ends before it starts. */
function period(node: XmlNode, ctx: Context): { start: string; end: string } | undefined {
  const startNode = needed(node, 'period-start', ctx);
  const endNode = needed(node, 'period-end', ctx);
  const start = isoDate(startNode, ctx.warn);
  const end = isoDate(endNode, ctx.warn);
  if (!start || !end) return undefined;
  if (end < start) {
    ctx.warn(node, `${node.name} ends (${end}) before it starts (${start}): skipped`);
    return undefined;
  }
  return { start, end };
}

/**
 * Keeps what a result part says beyond the model — attributes it does not read, children it does
 * not hold (in file order) — for the export to write back, and warns naming them.
 */
function keepPart(node: XmlNode, key: string, readAttributes: readonly string[], held: (child: XmlNode) => boolean, parts: ResultParts, ctx: Context): void {
  const attributes = otherAttributes(node, readAttributes, ctx);
  const extra = node.children.filter((c) => !held(c));
  if (!attributes && extra.length === 0) return;
  parts[key] = { ...(attributes ? { attributes } : {}), ...(extra.length > 0 ? { extra: extra.map((c) => toVerbatim(c, ctx)) } : {}) };
  const named = [
    ...Object.keys(attributes ?? {})
      .filter((a) => !a.startsWith('xmlns'))
      .map((a) => `attribute ${a}`),
    ...extra.map((c) => c.name),
  ];
  ctx.warn(node, `${named.join(', ')} of ${node.name} kept verbatim: written back on export`);
}
const firstOf =
  (node: XmlNode, name: string) =>
  (child: XmlNode): boolean =>
    child.name === name && kid(node, name) === child;

export function result(node: XmlNode, id: string, parts: ResultParts, ctx: Context): Result | undefined {
  const typeCode = code(node, RESULT_TYPE, RESULT_NAMES, 'result type', ctx.warn, 'type');
  const type = typeCode === '1' ? 'output' : typeCode === '2' ? 'outcome' : typeCode === '3' ? 'impact' : undefined;
  if (typeCode === '9') ctx.warn(node, 'result type 9 "other" is not held: result skipped');
  const title = multilingual(kid(node, 'title'), ctx, true);
  const indicators = kids(node, 'indicator').flatMap((n, i) => indicator(n, uniqueId(ctx, `${id}-i${i + 1}`), parts, ctx) ?? []);
  if (!type || !title) return undefined;
  if (indicators.length === 0) {
    ctx.warn(node, 'result without a usable indicator: skipped');
    return undefined;
  }
  keepPart(node, id, ['type'], (c) => firstOf(node, 'title')(c) || firstOf(node, 'description')(c) || c.name === 'indicator', parts, ctx);
  return { id, type, title, description: multilingual(kid(node, 'description'), ctx, false), indicators };
}

function measured(node: XmlNode | undefined, key: string, parts: ResultParts, ctx: Context, qualitative: boolean) {
  if (!node) return undefined;
  const raw = node.attrs.value;
  if (qualitative && raw !== undefined) ctx.warn(node, 'value of a qualitative indicator skipped (IATI rule 8.x.3)');
  const value = !qualitative && raw !== undefined ? decimal(raw, node, ctx.warn) : undefined;
  keepPart(node, key, ['value', 'year'], firstOf(node, 'comment'), parts, ctx);
  return { value, comment: multilingual(kid(node, 'comment'), ctx, false) };
}

function indicator(node: XmlNode, id: string, parts: ResultParts, ctx: Context): Indicator | undefined {
  const measureCode = node.attrs.measure?.trim() ?? '';
  let measure = has(INDICATOR_MEASURE, measureCode) ? MEASURES[Number(measureCode) - 1] : undefined;
  if (!measure) {
    ctx.warn(node, `indicator measure "${measureCode}" is not a known code: read as qualitative`);
    measure = 'qualitative';
  }
  const qualitative = measure === 'qualitative';
  const title = multilingual(kid(node, 'title'), ctx, true);
  if (!title) return undefined;
  const baselineNode = kids(node, 'baseline')[0];
  const baselineYear = baselineNode ? Number(baselineNode.attrs.year) : NaN;
  if (baselineNode && !Number.isInteger(baselineYear))
    ctx.warn(baselineNode, `baseline year "${baselineNode.attrs.year ?? ''}" is not a year: baseline skipped`);
  const baseline =
    baselineNode && Number.isInteger(baselineYear) ? { year: baselineYear, ...measured(baselineNode, `${id}/baseline`, parts, ctx, qualitative) } : undefined;
  const read: XmlNode[] = [];
  const periods = kids(node, 'period').flatMap((p, i) => {
    const dates = period(p, ctx);
    if (!dates) return [];
    read.push(p);
    const periodId = uniqueId(ctx, `${id}-p${i + 1}`);
    const target = measured(kid(p, 'target'), `${periodId}/target`, parts, ctx, qualitative);
    const actual = measured(kid(p, 'actual'), `${periodId}/actual`, parts, ctx, qualitative);
    keepPart(p, periodId, [], (c) => c.name === 'period-start' || c.name === 'period-end' || firstOf(p, 'target')(c) || firstOf(p, 'actual')(c), parts, ctx);
    return [{ id: periodId, ...dates, target, actual }];
  });
  // Further baselines (IATI allows one per year or place) are kept with the indicator; the first
  // with an unusable year was skipped, and warned about, above.
  const held = (c: XmlNode) => firstOf(node, 'title')(c) || firstOf(node, 'description')(c) || c === baselineNode || read.includes(c);
  keepPart(node, id, ['measure', 'ascending'], (c) => held(c) || (c.name === 'period' && !read.includes(c)), parts, ctx);
  const ascending = node.attrs.ascending === undefined ? true : node.attrs.ascending === '1' || node.attrs.ascending === 'true';
  return { id, title, description: multilingual(kid(node, 'description'), ctx, false), measure, ascending, baseline, periods };
}

/** The platform's coarse kind of an IATI transaction type: commitments and pledges (2, 11, 12,
 *  13) are committed, money that moved is spent; the exact type is kept with the transaction. */
const COMMITTED_TYPES = new Set(['2', '11', '12', '13']);
/** Children of a transaction the model reads; the others are kept with it as published. */
const TRANSACTION_READ = ['transaction-type', 'transaction-date', 'value', 'description', 'provider-org', 'receiver-org'];

export function transactionOf(
  node: XmlNode,
  id: string,
  project: { currency: CurrencyDefault },
  orgs: Organisations,
  keep: Keep,
  ctx: Context,
): Held<Transaction> | undefined {
  const typeNode = needed(node, 'transaction-type', ctx);
  const type = typeNode && code(typeNode, TRANSACTION_TYPE, V1_TRANSACTION_TYPES, 'transaction type', ctx.warn);
  const date = isoDate(needed(node, 'transaction-date', ctx), ctx.warn);
  const valueNode = needed(node, 'value', ctx);
  if (!type || !date || !valueNode) return undefined;
  const held = money(valueNode, id, COMMITTED_TYPES.has(type) ? 'committed' : 'spent', date, project, orgs, node, ctx);
  if (held === 'not held') keep(node, 'its currency is not held');
  if (!held || held === 'not held') return undefined;
  const extra = node.children.filter((c) => !TRANSACTION_READ.includes(c.name)).map((c) => toVerbatim(c, ctx));
  return {
    value: held.value,
    iati: compact({ ...held.iati, type, attributes: otherAttributes(node, ['ref'], ctx), extra: extra.length > 0 ? extra : undefined }),
  };
}

function money(
  valueNode: XmlNode,
  id: string,
  kind: Transaction['kind'],
  date: string,
  project: { currency: CurrencyDefault },
  orgs: Organisations,
  node: XmlNode,
  ctx: Context,
): Held<Transaction> | 'not held' | undefined {
  const amount = decimal(valueNode.text, valueNode, ctx.warn);
  if (amount === undefined) return undefined;
  const cur = currency(valueNode.attrs.currency, project.currency, valueNode, ctx.warn);
  if (!cur) return 'not held';
  const provider = kid(node, 'provider-org');
  const receiver = kid(node, 'receiver-org');
  const transaction: Transaction = {
    id,
    kind,
    date,
    value: { amount, currency: cur },
    description: multilingual(kid(node, 'description'), ctx, false),
    providerOrganisationId: provider && orgs.from(provider),
    receiverOrganisationId: receiver && orgs.from(receiver),
  };
  const iati: TransactionIati = {
    valueDate: valueDateOf(valueNode, ctx),
    providerActivityId: provider?.attrs['provider-activity-id']?.trim() || undefined,
    receiverActivityId: receiver?.attrs['receiver-activity-id']?.trim() || undefined,
  };
  return { value: transaction, iati };
}

const DOCUMENT_READ = ['title', 'category', 'language', 'document-date'];

/** A document link as a project document, or 'not held' when it says more than the model holds
 *  (several categories, a description, a language other than nl/en/zh): kept verbatim then. */
export function documentOf(node: XmlNode, id: string, ctx: Context): ProjectDocument | 'not held' | undefined {
  const categories = kids(node, 'category').map((c) => c.attrs.code?.trim() ?? '');
  const codes = kids(node, 'language').map((l) => l.attrs.code?.trim().toLowerCase() ?? '');
  if (categories.length > 1 || codes.some((c) => !isHeld(c)) || node.children.some((c) => !DOCUMENT_READ.includes(c.name))) return 'not held';
  const title = multilingual(kid(node, 'title'), ctx, true);
  const category = categories.find((c) => DOCUMENT_CATEGORY_CODES.has(c));
  if (!title || !category) {
    if (!category) ctx.warn(node, 'document-link without a known category: skipped');
    return undefined;
  }
  const languages = [...new Set(codes.filter(isHeld))];
  const url = node.attrs.url?.trim() || undefined;
  const usableUrl = url && documentSchema.shape.url.safeParse(url).success ? url : undefined;
  if (url && !usableUrl) ctx.warn(node, `document url "${url.slice(0, 80)}" is not an http(s) address: skipped`);
  return {
    id,
    title,
    url: usableUrl,
    format: node.attrs.format?.trim() || undefined,
    category,
    date: isoDate(kid(node, 'document-date'), ctx.warn),
    languages,
  };
}

const dateKey = { '1': 'plannedStart', '2': 'actualStart', '3': 'plannedEnd', '4': 'actualEnd' } as const;

export function activityDates(activity: XmlNode, ctx: Context): Project['dates'] {
  const dates: Project['dates'] = {};
  for (const node of kids(activity, 'activity-date')) {
    const type = code(node, ACTIVITY_DATE_TYPE, V1_DATE_TYPES, 'activity-date type', ctx.warn, 'type') as keyof typeof dateKey | undefined;
    const day = isoDate(node, ctx.warn);
    if (!type || !day) continue;
    if (dates[dateKey[type]]) ctx.warn(node, `second ${dateKey[type]} date skipped`);
    else dates[dateKey[type]] = day;
  }
  return dates;
}

export function status(activity: XmlNode, ctx: Context): ActivityStatus {
  const node = kid(activity, 'activity-status');
  const found = node && code(node, ACTIVITY_STATUS, STATUS_NAMES, 'activity-status', ctx.warn);
  if (found) return Number(found) as ActivityStatus;
  ctx.warn(node ?? activity, 'no usable activity-status: read as 2 (implementation)');
  return 2;
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

export function location(activity: XmlNode, ctx: Context): Project['location'] {
  const countries = kids(activity, 'recipient-country');
  // Every country and location is kept in the IATI extension; the first ones are the project's place.
  const first = countries[0];
  let countryCode = first?.attrs.code?.trim();
  if (first && countryCode && !COUNTRY_CODES.has(countryCode) && COUNTRY_CODES.has(countryCode.toUpperCase())) {
    ctx.warn(first, `country code "${countryCode}" read as "${countryCode.toUpperCase()}"`);
    countryCode = countryCode.toUpperCase();
  }
  if (first && (!countryCode || !COUNTRY_CODES.has(countryCode))) {
    ctx.warn(first, `recipient-country "${countryCode ?? ''}" is not a known code: skipped`);
    countryCode = undefined;
  }
  const places = kids(activity, 'location');
  const place = places[0];
  if (place && !countryCode) ctx.warn(place, 'location without a recipient country: skipped');
  if (!countryCode) return undefined;
  const name = multilingual(place && kid(place, 'name'), ctx, false);
  const within = multilingual(place && kid(place, 'description'), ctx, false);
  // Our exporter writes the district as name and the region as description (see export.ts).
  return within ? { countryCode, region: within, district: name } : { countryCode, region: name };
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

export function projectCurrency(activity: XmlNode, ctx: Context): CurrencyDefault {
  const given = activity.attrs['default-currency']?.trim().toUpperCase() || undefined;
  if (given === 'EUR' || given === 'CNY') return { given, assumed: given };
  ctx.warn(
    activity,
    given === undefined
      ? 'no default-currency: project currency read as EUR'
      : `default-currency "${given}" is not EUR or CNY: project currency read as EUR, values in ${given} kept verbatim`,
  );
  return { given, assumed: 'EUR' };
}

/** Themes from DAC 5-digit sectors (the sectors themselves, of every vocabulary, are kept in
 *  the project's IATI extension; see import-classifications.ts). */
export function themesOf(activity: XmlNode): string[] {
  const themes = kids(activity, 'sector').flatMap((s) => {
    const vocabulary = s.attrs.vocabulary?.trim().toUpperCase() ?? '1';
    const theme = vocabulary === '1' || vocabulary === 'DAC' ? themeForSector(s.attrs.code?.trim() ?? '') : undefined;
    return theme ? [theme] : [];
  });
  return [...new Set(themes)];
}

/** A value's value-date, when it is a valid date (reported and skipped otherwise). */
const valueDateOf = (valueNode: XmlNode, ctx: Context): string | undefined =>
  valueNode.attrs['value-date'] === undefined ? undefined : isoDate(valueNode, ctx.warn, 'value-date');

/** What a part the model cannot hold becomes: kept verbatim, with the reason reported. */
export type Keep = (node: XmlNode, reason: string) => void;

export interface Held<T, E = TransactionIati> {
  value: T;
  iati: E;
}

/** The attributes of an element other than the ones listed (kept as published). */
export function otherAttributes(node: XmlNode, read: readonly string[], ctx: Context): Record<string, string> | undefined {
  const rest = Object.entries(node.attrs).filter(([k]) => !read.includes(k));
  const declarations = namespaceDeclarations(
    rest.map(([k]) => k),
    ctx.namespaces,
  );
  return rest.length > 0 ? { ...declarations, ...Object.fromEntries(rest) } : undefined;
}

function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function budgetLinesOf(
  activity: XmlNode,
  projectId: string,
  fallback: CurrencyDefault,
  keep: Keep,
  ctx: Context,
): Held<Project['budgetLines'][number], { type?: string; valueDate?: string }>[] {
  return kids(activity, 'budget').flatMap((b, i) => {
    const dates = period(b, ctx);
    if (!dates) return [];
    const valueNode = needed(b, 'value', ctx);
    const amount = valueNode && decimal(valueNode.text, valueNode, ctx.warn);
    if (amount === undefined || !valueNode) return [];
    const cur = currency(valueNode.attrs.currency, fallback, valueNode, ctx.warn);
    if (!cur) {
      keep(b, 'its currency is not held');
      return [];
    }
    const st = b.attrs.status;
    if (st !== undefined && st !== '1' && st !== '2') ctx.warn(b, `budget status "${st}" is not a known code: read as indicative`);
    const line = {
      id: uniqueId(ctx, `${projectId}-budget-${i + 1}`),
      value: { amount, currency: cur },
      period: dates,
      status: st === '2' ? ('committed' as const) : ('indicative' as const),
    };
    return [{ value: line, iati: compact({ type: b.attrs.type?.trim() || undefined, valueDate: valueDateOf(valueNode, ctx) }) }];
  });
}

export function plannedDisbursementsOf(
  activity: XmlNode,
  projectId: string,
  fallback: CurrencyDefault,
  orgs: Organisations,
  keep: Keep,
  ctx: Context,
): Held<Transaction>[] {
  return kids(activity, 'planned-disbursement').flatMap((pd, i) => {
    const date = isoDate(needed(pd, 'period-start', ctx), ctx.warn);
    const valueNode = needed(pd, 'value', ctx);
    if (!date || !valueNode) return [];
    const held = money(valueNode, uniqueId(ctx, `${projectId}-planned-${i + 1}`), 'planned', date, { currency: fallback }, orgs, pd, ctx);
    if (held === 'not held') keep(pd, 'its currency is not held');
    if (!held || held === 'not held') return [];
    held.iati.type = pd.attrs.type?.trim() || undefined;
    held.iati.periodEnd = isoDate(kid(pd, 'period-end'), ctx.warn);
    return [{ value: held.value, iati: compact(held.iati) }];
  });
}
