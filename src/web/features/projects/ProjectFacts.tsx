import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../core/projects/api';
import type { Currency } from '../../../core/projects/model';
import { formatPrecisionDate } from '../../../core/projects/precision-date';
import { useLanguage } from '../../i18n/index';
import { useAgreementsEditor } from './AgreementsEditor';
import { useBodiesEditor } from './BodiesEditor';
import { useBudgetLinesEditor, useTransactionsEditor } from './BudgetEditors';
import { useOrganisationsEditor } from './OrganisationsEditor';
import { useText } from './project-data';

const KINDS = ['planned', 'committed', 'spent'] as const;

/** Planned vs committed vs spent per currency, and every transaction with its exchange rate;
 *  programme managers add, edit and remove budget lines and transactions. */
export function BudgetSection({ project, manages }: { project: ProjectView; manages: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  const transactions = project.transactions ?? [];
  const lines = useBudgetLinesEditor(project, manages);
  const transactionControls = useTransactionsEditor(project, manages);
  const money = (amount: number, currency: Currency) => `${amount.toLocaleString(lang)} ${currency}`;
  const currencies = [...new Set<Currency>([project.currency, ...transactions.map((t) => t.value.currency)])];
  const total = (kind: (typeof KINDS)[number], currency: Currency) =>
    transactions.filter((t) => t.kind === kind && t.value.currency === currency).reduce((sum, t) => sum + t.value.amount, 0);
  return (
    <section aria-labelledby="budget-heading">
      <h2 id="budget-heading">{t('projects:budget')}</h2>
      <h3>{t('projects:budgetLines')}</h3>
      <ul className="text-list">
        {(project.budgetLines ?? []).map((b) => (
          <li key={b.id}>
            {b.label && `${text(b.label)}: `}
            {money(b.value.amount, b.value.currency)} ({t(`projects:budgetStatuses.${b.status}`)}){b.period && ` ${b.period.start} – ${b.period.end}`}
            {lines.actions(b.id)}
          </li>
        ))}
      </ul>
      {lines.footer}
      <h3>{t('projects:totals')}</h3>
      <div className="table-scroll" role="region" aria-label={t('projects:totals')} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('projects:currency')}</th>
              {KINDS.map((k) => (
                <th scope="col" key={k}>
                  {t(`projects:kinds.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {currencies.map((c) => (
              <tr key={c}>
                <th scope="row">{c}</th>
                {KINDS.map((k) => (
                  <td key={k} className="number">
                    {money(total(k, c), c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {transactions.length > 0 && (
        <>
          <h3>{t('projects:transactions')}</h3>
          <div className="table-scroll" role="region" aria-label={t('projects:transactions')} tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('projects:date')}</th>
                  <th scope="col">{t('projects:kind')}</th>
                  <th scope="col">{t('projects:amount')}</th>
                  <th scope="col">{t('projects:rate')}</th>
                  <th scope="col">{t('projects:description')}</th>
                  {manages && (
                    <th scope="col">
                      <span className="visually-hidden">{t('projects:edit')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {transactions.map((tr) => (
                  <tr key={tr.id}>
                    <td>{tr.date}</td>
                    <td>{t(`projects:kinds.${tr.kind}`)}</td>
                    <td className="number">{money(tr.value.amount, tr.value.currency)}</td>
                    <td>{tr.exchangeRate ? `1 ${tr.exchangeRate.from} = ${tr.exchangeRate.rate} ${tr.exchangeRate.to} (${tr.exchangeRate.date})` : '—'}</td>
                    <td>{text(tr.description)}</td>
                    {manages && <td>{transactionControls.actions(tr.id)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {transactionControls.footer}
    </section>
  );
}

/** Organisations with their IATI roles, governance bodies with members, agreements; programme
 *  managers edit each list. */
export function ProjectParties({ project, manages }: { project: ProjectView; manages: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  const orgName = (id: string | undefined) => text(project.organisations.find((o) => o.id === id)?.name);
  const person = (id: string | undefined) => project.people.find((p) => p.id === id);
  const activityTitle = (id: string | undefined) => text(project.phases.flatMap((p) => p.activities).find((a) => a.id === id)?.title);
  const documentTitle = (id: string) => text(project.documents.find((d) => d.id === id)?.title);
  const organisations = useOrganisationsEditor(project, manages);
  const bodies = useBodiesEditor(project, manages);
  const agreements = useAgreementsEditor(project, manages);
  return (
    <>
      <section aria-labelledby="organisations-heading">
        <h2 id="organisations-heading">{t('projects:organisations')}</h2>
        <ul className="text-list">
          {project.organisations.map((o) => {
            const roles = project.participations.filter((p) => p.organisationId === o.id).map((p) => t(`projects:roles.${p.role}`));
            return (
              <li key={o.id}>
                {text(o.name)}
                {o.parentId && <span className="muted"> ({orgName(o.parentId)})</span>}
                {roles.map((r) => (
                  <span key={r} className="tag">
                    {t('projects:role')}: {r}
                  </span>
                ))}
                {organisations.actions(o.id)}
              </li>
            );
          })}
        </ul>
        {project.iati?.fundedBy && (
          <p>
            {t('projects:fundedBy')}: <code>{project.iati.fundedBy.activityId}</code>
            {project.iati.fundedBy.organisationId && <> ({orgName(project.iati.fundedBy.organisationId)})</>}
          </p>
        )}
        {organisations.footer}
      </section>
      {(project.bodies.length > 0 || manages) && (
        <section aria-labelledby="bodies-heading">
          <h2 id="bodies-heading">{t('projects:bodies')}</h2>
          {project.bodies.map((b) => (
            <div key={b.id}>
              <h3>
                {text(b.name)} <span className="muted">({t(`projects:bodyKinds.${b.kind}`)})</span> {bodies.actions(b.id)}
              </h3>
              <ul className="text-list">
                {b.members.map((m) => {
                  const who = person(m.personId);
                  return <li key={m.id}>{[who?.name, orgName(m.organisationId ?? who?.organisationId), text(m.role)].filter(Boolean).join(' — ')}</li>;
                })}
              </ul>
            </div>
          ))}
          {bodies.footer}
        </section>
      )}
      {(project.agreements.length > 0 || manages) && (
        <section aria-labelledby="agreements-heading">
          <h2 id="agreements-heading">{t('projects:agreements')}</h2>
          <ul className="text-list">
            {project.agreements.map((a) => (
              <li key={a.id}>
                <strong>{text(a.title)}</strong> ({t(`projects:agreementKinds.${a.kind}`)}) —{' '}
                <span className={`tag agreement-${a.status}`}>{t(`projects:agreementStatuses.${a.status}`)}</span> {formatPrecisionDate(a.date, lang)}
                <br />
                {t('projects:parties')}: {a.partyOrganisationIds.map(orgName).join(', ')}
                {a.signingActivityId && (
                  <>
                    <br />
                    {t('projects:signedAt')}: {activityTitle(a.signingActivityId)}
                  </>
                )}
                {a.documentId && (
                  <>
                    <br />
                    {t('projects:agreementDocument')}: {documentTitle(a.documentId)}
                  </>
                )}
                {a.note && <p className="user-prose">{text(a.note)}</p>}
                {agreements.actions(a.id)}
              </li>
            ))}
          </ul>
          {agreements.footer}
        </section>
      )}
    </>
  );
}
