import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../core/projects/api';
import { type BudgetLine, type Currency, currencySchema, type Transaction } from '../../../core/projects/model';
import { useLanguage } from '../../i18n/index';
import { InputField, organisationOptions, type FieldsProps, type SectionControls, useSectionEditor } from './SectionEditor';
import { SelectField } from './SelectField';
import { useText, withLanguage } from './project-data';

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
  const { t } = useTranslation();
  return (
    <>
      <InputField id={`${prefix}-label`} label={t('projects:label')} value={draft.label} onChange={(label) => set({ label })} />
      <div className="field-row">
        <InputField
          id={`${prefix}-amount`}
          label={t('projects:amount')}
          type="number"
          step="any"
          required
          value={draft.amount}
          onChange={(amount) => set({ amount })}
        />
        <SelectField
          id={`${prefix}-currency`}
          label={t('projects:currency')}
          value={draft.currency}
          options={currencies}
          onChange={(currency) => set({ currency })}
        />
        <SelectField
          id={`${prefix}-status`}
          label={t('projects:status')}
          value={draft.status}
          options={(['indicative', 'committed'] as const).map((s) => ({ value: s, label: t(`projects:budgetStatuses.${s}`) }))}
          onChange={(status) => set({ status })}
        />
      </div>
      {/* IATI publishes a budget only with its period. */}
      <div className="field-row">
        <InputField id={`${prefix}-start`} label={t('projects:periodStart')} type="date" value={draft.start} onChange={(start) => set({ start })} />
        <InputField id={`${prefix}-end`} label={t('projects:periodEnd')} type="date" value={draft.end} onChange={(end) => set({ end })} />
      </div>
    </>
  );
}

export function useBudgetLinesEditor(project: ProjectView, enabled: boolean): SectionControls {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  return useSectionEditor(
    project,
    {
      key: 'budget-line',
      items: project.budgetLines ?? [],
      name: (b) => [text(b.label), `${b.value.amount.toLocaleString(lang)} ${b.value.currency}`].filter(Boolean).join(' '),
      addLabel: t('projects:addBudgetLine'),
      editLabel: t('projects:editBudgetLine'),
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
  const { t } = useTranslation();
  const text = useText();
  const organisations = organisationOptions(project, text, t('projects:noOrganisation'));
  return (
    <>
      <div className="field-row">
        <SelectField
          id={`${prefix}-kind`}
          label={t('projects:kind')}
          value={draft.kind}
          options={(['planned', 'committed', 'spent'] as const).map((k) => ({ value: k, label: t(`projects:kinds.${k}`) }))}
          onChange={(kind) => set({ kind })}
        />
        <InputField id={`${prefix}-date`} label={t('projects:date')} type="date" required value={draft.date} onChange={(date) => set({ date })} />
        <InputField
          id={`${prefix}-amount`}
          label={t('projects:amount')}
          type="number"
          step="any"
          required
          value={draft.amount}
          onChange={(amount) => set({ amount })}
        />
        <SelectField
          id={`${prefix}-currency`}
          label={t('projects:currency')}
          value={draft.currency}
          options={currencies}
          onChange={(currency) => set({ currency })}
        />
      </div>
      <fieldset>
        <legend>{t('projects:rate')}</legend>
        <div className="field-row">
          <SelectField
            id={`${prefix}-rate-from`}
            label={t('projects:rateFrom')}
            value={draft.rateFrom}
            options={currencies}
            onChange={(rateFrom) => set({ rateFrom })}
          />
          <InputField id={`${prefix}-rate`} label={t('projects:rateValue')} type="number" step="any" value={draft.rate} onChange={(rate) => set({ rate })} />
          <SelectField id={`${prefix}-rate-to`} label={t('projects:rateTo')} value={draft.rateTo} options={currencies} onChange={(rateTo) => set({ rateTo })} />
          <InputField id={`${prefix}-rate-date`} label={t('projects:rateDate')} type="date" value={draft.rateDate} onChange={(rateDate) => set({ rateDate })} />
        </div>
      </fieldset>
      <InputField id={`${prefix}-description`} label={t('projects:description')} value={draft.description} onChange={(description) => set({ description })} />
      <div className="field-row">
        <SelectField
          id={`${prefix}-provider`}
          label={t('projects:provider')}
          value={draft.provider}
          options={organisations}
          onChange={(provider) => set({ provider })}
        />
        <SelectField
          id={`${prefix}-receiver`}
          label={t('projects:receiver')}
          value={draft.receiver}
          options={organisations}
          onChange={(receiver) => set({ receiver })}
        />
      </div>
    </>
  );
}

export function useTransactionsEditor(project: ProjectView, enabled: boolean): SectionControls {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  return useSectionEditor(
    project,
    {
      key: 'transaction',
      items: project.transactions ?? [],
      name: (tr) => `${tr.date} ${t(`projects:kinds.${tr.kind}`)} ${tr.value.amount.toLocaleString(lang)} ${tr.value.currency}`,
      addLabel: t('projects:addTransaction'),
      editLabel: t('projects:editTransaction'),
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
