// The money of an exported activity: its budgets, planned disbursements and transactions.
import type { Project, Transaction } from '../projects/model';
import type { TransactionIati } from '../projects/iati-extension';
import { orgReference } from './export-organisations';
import { narratives } from './export-narratives';
import { fromVerbatim } from './schema-order';
import { el } from './xml';
import type { XmlElement } from './xml';

const value = (amount: number, currency: string, valueDate: string): XmlElement => el('value', { currency, 'value-date': valueDate }, [String(amount)]);

export function budgets(project: Project): XmlElement[] {
  return project.budgetLines.flatMap((line) => {
    const own = project.iati?.budgets?.[line.id];
    return line.period
      ? [
          el('budget', { type: own?.type ?? '1', status: line.status === 'committed' ? '2' : '1' }, [
            el('period-start', { 'iso-date': line.period.start }),
            el('period-end', { 'iso-date': line.period.end }),
            value(line.value.amount, line.value.currency, own?.valueDate ?? line.period.start),
          ]),
        ]
      : [];
  });
}

/** The currency conversion date of a transaction: as published, else the date of its stated
 *  exchange rate, else its own date. */
const valueDate = (t: Transaction, own: TransactionIati | undefined): string => own?.valueDate ?? t.exchangeRate?.date ?? t.date;

export function plannedDisbursements(project: Project): XmlElement[] {
  return project.transactions
    .filter((t) => t.kind === 'planned')
    .map((t) => {
      const own = project.iati?.transactions?.[t.id];
      return el('planned-disbursement', { type: own?.type ?? '1' }, [
        el('period-start', { 'iso-date': t.date }),
        own?.periodEnd ? el('period-end', { 'iso-date': own.periodEnd }) : undefined,
        value(t.value.amount, t.value.currency, valueDate(t, own)),
        orgReference(project, 'provider', t.providerOrganisationId, own?.providerActivityId),
        orgReference(project, 'receiver', t.receiverOrganisationId, own?.receiverActivityId),
      ]);
    });
}

/** Incoming transaction types: their provider is the funder whose activity this project implements. */
const INCOMING = new Set(['1', '11', '13']);

/** The IATI type as published; the platform's own: committed → 2 Outgoing Commitment, spent → 4 Expenditure. */
export function transactions(project: Project): XmlElement[] {
  const fundedBy = project.iati?.fundedBy;
  return project.transactions
    .filter((t) => t.kind !== 'planned')
    .map((t) => {
      const own = project.iati?.transactions?.[t.id];
      const type = own?.type ?? (t.kind === 'committed' ? '2' : '4');
      const fromFunder = fundedBy && INCOMING.has(type) && (fundedBy.organisationId === undefined || fundedBy.organisationId === t.providerOrganisationId);
      return el('transaction', { ref: t.id, ...own?.attributes }, [
        el('transaction-type', { code: type }),
        el('transaction-date', { 'iso-date': t.date }),
        value(t.value.amount, t.value.currency, valueDate(t, own)),
        t.description ? el('description', {}, narratives(t.description)) : undefined,
        orgReference(project, 'provider', t.providerOrganisationId, own?.providerActivityId ?? (fromFunder ? fundedBy.activityId : undefined)),
        orgReference(project, 'receiver', t.receiverOrganisationId, own?.receiverActivityId),
        ...(own?.extra ?? []).map(fromVerbatim),
      ]);
    });
}
