// The money of a foreign IATI activity: its currency, transactions, budgets and planned
// disbursements. Only EUR and CNY amounts are held; others are kept verbatim.
import type { Currency, Project, Transaction } from '../projects/model';
import type { TransactionIati } from '../projects/iati-extension';
import { CURRENCY_CODES, TRANSACTION_TYPE } from './codelists';
import { code, decimal, isoDate, kid, kids, multilingual, toVerbatim, uniqueId } from './import-read';
import type { Context, Warn } from './import-read';
import { compact, needed, otherAttributes, period } from './import-parts';
import type { Held, Keep } from './import-parts';
import type { Organisations } from './import-organisations';
import type { XmlNode } from './xml-read';

/** IATI 1.x transaction-type letters. */
const V1_TRANSACTION_TYPES: Record<string, string> = { IF: '1', C: '2', D: '3', E: '4', IR: '5', LR: '6', R: '7', QP: '8', QS: '9', CG: '10' };

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

/** A value's value-date, when it is a valid date (reported and skipped otherwise). */
const valueDateOf = (valueNode: XmlNode, ctx: Context): string | undefined =>
  valueNode.attrs['value-date'] === undefined ? undefined : isoDate(valueNode, ctx.warn, 'value-date');

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
