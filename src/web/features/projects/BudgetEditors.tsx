import type { ProjectView } from '../../../core/projects/api';
import { type BudgetLine, type Currency, currencySchema, type Transaction } from '../../../core/projects/model';
import { useLanguage } from '../../i18n/index';
import { InputField, organisationOptions, type FieldsProps, type SectionControls, useSectionEditor } from './SectionEditor';
import { SelectField } from './SelectField';
import { useText, withLanguage } from './project-data';
import { useProjectTexts } from './texts';

const currencies = currencySchema.options.map((c) => ({ value: c, label: c }));

interface BudgetLineDraft {
  label: string;
  amount: string;
  currency: Currency;
  status: BudgetLine['status'];
  start: string;
  end: string;
}

function BudgetLineFields({ draft, set, prefix }: FieldsProps<BudgetLineDraft>) {
  const tx = useProjectTexts();
  return (
    <>
      <InputField id={`${prefix}-label`} label={tx.label} value={draft.label} onChange={(label) => set({ label })} />
      <div className="field-row">
        <InputField id={`${prefix}-amount`} label={tx.amount} type="number" step="any" required value={draft.amount} onChange={(amount) => set({ amount })} />
        <SelectField id={`${prefix}-currency`} label={tx.currency} value={draft.currency} options={currencies} onChange={(currency) => set({ currency })} />
        <SelectField
          id={`${prefix}-status`}
          label={tx.status}
          value={draft.status}
          options={(['indicative', 'committed'] as const).map((s) => ({ value: s, label: tx.budgetStatuses[s] }))}
          onChange={(status) => set({ status })}
        />
      </div>
      {/* IATI publishes a budget only with its period. */}
      <div className="field-row">
        <InputField id={`${prefix}-start`} label={tx.periodStart} type="date" value={draft.start} onChange={(start) => set({ start })} />
        <InputField id={`${prefix}-end`} label={tx.periodEnd} type="date" value={draft.end} onChange={(end) => set({ end })} />
      </div>
    </>
  );
}

export function useBudgetLinesEditor(project: ProjectView, enabled: boolean): SectionControls {
  const tx = useProjectTexts();
  const lang = useLanguage();
  const text = useText();
  return useSectionEditor(
    project,
    {
        key: 'budget-line',
        items: project.budgetLines ?? [],
        name: (b) => [text(b.label), `${b.value.amount.toLocaleString(lang)} ${b.value.currency}`].filter(Boolean).join(' '),
        addLabel: tx.addBudgetLine,
        editLabel: tx.editBudgetLine,
        draftOf: (b): BudgetLineDraft => ({
          label: text(b?.label),
          amount: b ? String(b.value.amount) : '',
          currency: b?.value.currency ?? project.currency,
          status: b?.status ?? 'indicative',
          start: b?.period?.start ?? '',
          end: b?.period?.end ?? '',
        }),
        itemOf: (d, id, previous): BudgetLine => ({
          id,
          ...(d.label.trim() ? { label: withLanguage(lang, d.label, previous?.label) } : {}),
          value: { amount: Number(d.amount), currency: d.currency },
          ...(d.start || d.end ? { period: { start: d.start, end: d.end } } : {}),
          status: d.status,
        }),
        Fields: BudgetLineFields,
        save: (budgetLines) => ({ budgetLines }),
    },
    enabled,
  );
}

interface TransactionDraft {
  kind: Transaction['kind'];
  date: string;
  amount: string;
  currency: Currency;
  rateFrom: Currency;
  rateTo: Currency;
  rate: string;
  rateDate: string;
  description: string;
  provider: string;
  receiver: string;
}

function TransactionFields({ project, draft, set, prefix }: FieldsProps<TransactionDraft>) {
  const tx = useProjectTexts();
  const text = useText();
  const organisations = organisationOptions(project, text, tx.noOrganisation);
  return (
    <>
      <div className="field-row">
        <SelectField
          id={`${prefix}-kind`}
          label={tx.kind}
          value={draft.kind}
          options={(['planned', 'committed', 'spent'] as const).map((k) => ({ value: k, label: tx.kinds[k] ?? k }))}
          onChange={(kind) => set({ kind })}
        />
        <InputField id={`${prefix}-date`} label={tx.date} type="date" required value={draft.date} onChange={(date) => set({ date })} />
        <InputField id={`${prefix}-amount`} label={tx.amount} type="number" step="any" required value={draft.amount} onChange={(amount) => set({ amount })} />
        <SelectField id={`${prefix}-currency`} label={tx.currency} value={draft.currency} options={currencies} onChange={(currency) => set({ currency })} />
      </div>
      <fieldset>
        <legend>{tx.rate}</legend>
        <div className="field-row">
          <SelectField id={`${prefix}-rate-from`} label={tx.rateFrom} value={draft.rateFrom} options={currencies} onChange={(rateFrom) => set({ rateFrom })} />
          <InputField id={`${prefix}-rate`} label={tx.rateValue} type="number" step="any" value={draft.rate} onChange={(rate) => set({ rate })} />
          <SelectField id={`${prefix}-rate-to`} label={tx.rateTo} value={draft.rateTo} options={currencies} onChange={(rateTo) => set({ rateTo })} />
          <InputField id={`${prefix}-rate-date`} label={tx.rateDate} type="date" value={draft.rateDate} onChange={(rateDate) => set({ rateDate })} />
        </div>
      </fieldset>
      <InputField id={`${prefix}-description`} label={tx.description} value={draft.description} onChange={(description) => set({ description })} />
      <div className="field-row">
        <SelectField id={`${prefix}-provider`} label={tx.provider} value={draft.provider} options={organisations} onChange={(provider) => set({ provider })} />
        <SelectField id={`${prefix}-receiver`} label={tx.receiver} value={draft.receiver} options={organisations} onChange={(receiver) => set({ receiver })} />
      </div>
    </>
  );
}

export function useTransactionsEditor(project: ProjectView, enabled: boolean): SectionControls {
  const tx = useProjectTexts();
  const lang = useLanguage();
  const text = useText();
  return useSectionEditor(
    project,
    {
        key: 'transaction',
        items: project.transactions ?? [],
        name: (t) => `${t.date} ${tx.kinds[t.kind]} ${t.value.amount.toLocaleString(lang)} ${t.value.currency}`,
        addLabel: tx.addTransaction,
        editLabel: tx.editTransaction,
        draftOf: (t): TransactionDraft => ({
          kind: t?.kind ?? 'committed',
          date: t?.date ?? '',
          amount: t ? String(t.value.amount) : '',
          currency: t?.value.currency ?? project.currency,
          rateFrom: t?.exchangeRate?.from ?? 'EUR',
          rateTo: t?.exchangeRate?.to ?? 'CNY',
          rate: t?.exchangeRate ? String(t.exchangeRate.rate) : '',
          rateDate: t?.exchangeRate?.date ?? '',
          description: text(t?.description),
          provider: t?.providerOrganisationId ?? '',
          receiver: t?.receiverOrganisationId ?? '',
        }),
        itemOf: (d, id, previous): Transaction => ({
          id,
          kind: d.kind,
          date: d.date,
          value: { amount: Number(d.amount), currency: d.currency },
          // The rate agreed for this transaction; its day is the transaction's unless given.
          ...(d.rate ? { exchangeRate: { from: d.rateFrom, to: d.rateTo, rate: Number(d.rate), date: d.rateDate || d.date } } : {}),
          ...(d.description.trim() ? { description: withLanguage(lang, d.description, previous?.description) } : {}),
          ...(d.provider ? { providerOrganisationId: d.provider } : {}),
          ...(d.receiver ? { receiverOrganisationId: d.receiver } : {}),
        }),
        Fields: TransactionFields,
        save: (transactions) => ({ transactions }),
    },
    enabled,
  );
}
