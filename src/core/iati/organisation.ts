// The reporting organisation's IATI organisation file (`iati-organisations`, 2.03): its total
// budget per year, the budgets per recipient organisation and per recipient country, and its
// organisation-level documents, all summed from the budget lines of the projects it publishes.
// Elements in the order of the iati-organisation xsd:sequence.
import type { Money, Project, ReportingOrg } from '../projects/model';
import { narratives } from './export-narratives';
import { el, serializeXml } from './xml';
import type { XmlElement } from './xml';

export interface IatiOrganisationOptions {
  reportingOrg: ReportingOrg;
  /** ISO date-time of this export (the core has no clock). */
  generatedAt: string;
}

interface Share {
  year: number;
  value: Money;
}

/** Each budget line with a period counts for the calendar year it starts in. */
function yearlyBudgets(project: Project): Share[] {
  return project.budgetLines.flatMap((b) => (b.period ? [{ year: Number(b.period.start.slice(0, 4)), value: b.value }] : []));
}

/** Sums of shares by a key, year and currency, in a stable order. */
function summed<K>(entries: { key: K; keyId: string; share: Share; fraction: number }[]) {
  const sums = new Map<string, { key: K; year: number; currency: string; amount: number }>();
  for (const { key, keyId, share, fraction } of entries) {
    const id = `${keyId}|${share.year}|${share.value.currency}`;
    const sum = sums.get(id) ?? { key, year: share.year, currency: share.value.currency, amount: 0 };
    sum.amount += share.value.amount * fraction;
    sums.set(id, sum);
  }
  return [...sums.values()].sort((a, b) => a.year - b.year || a.currency.localeCompare(b.currency));
}

const round = (amount: number): string => String(Math.round(amount * 100) / 100);

function yearElements(year: number, currency: string, amount: number): XmlElement[] {
  return [
    el('period-start', { 'iso-date': `${year}-01-01` }),
    el('period-end', { 'iso-date': `${year}-12-31` }),
    el('value', { currency, 'value-date': `${year}-01-01` }, [round(amount)]),
  ];
}

/** The countries of a project with their share: as published (percentages), else its place. */
function countryShares(project: Project): { code: string; fraction: number }[] {
  const published = project.iati?.recipientCountries;
  if (published && published.length > 0) {
    const even = 1 / published.length;
    return published.map((c) => ({ code: c.code, fraction: c.percentage === undefined ? even : c.percentage / 100 }));
  }
  return project.location ? [{ code: project.location.countryCode, fraction: 1 }] : [];
}

/** The organisation that receives a project's budget: its (first) implementing organisation. */
function recipientOrganisation(project: Project) {
  const implementing = project.participations.find((p) => p.role === 4);
  return project.organisations.find((o) => o.id === implementing?.organisationId);
}

export function buildIatiOrganisation(projects: readonly Project[], options: IatiOrganisationOptions): XmlElement {
  const org = options.reportingOrg;
  const shares = projects.flatMap((project) => yearlyBudgets(project).map((share) => ({ project, share })));
  const totals = summed(shares.map(({ share }) => ({ key: undefined, keyId: '', share, fraction: 1 })));
  const byOrganisation = summed(
    shares.flatMap(({ project, share }) => {
      const recipient = recipientOrganisation(project);
      return recipient ? [{ key: recipient, keyId: recipient.iatiRef ?? JSON.stringify(recipient.name), share, fraction: 1 }] : [];
    }),
  );
  const byCountry = summed(
    shares.flatMap(({ project, share }) => countryShares(project).map((c) => ({ key: c.code, keyId: c.code, share, fraction: c.fraction }))),
  );
  const documents = projects.flatMap((p) => p.documents).filter((d) => d.url && d.format && d.category.startsWith('B'));
  return el('iati-organisations', { version: '2.03', 'generated-datetime': options.generatedAt }, [
    el('iati-organisation', { 'last-updated-datetime': options.generatedAt, 'xml:lang': org.name.original }, [
      el('organisation-identifier', {}, [org.ref]),
      el('name', {}, narratives(org.name)),
      el('reporting-org', { ref: org.ref, type: org.type }, narratives(org.name)),
      ...totals.map((t) => el('total-budget', {}, yearElements(t.year, t.currency, t.amount))),
      ...byOrganisation.map((t) =>
        el('recipient-org-budget', {}, [el('recipient-org', { ref: t.key.iatiRef }, narratives(t.key.name)), ...yearElements(t.year, t.currency, t.amount)]),
      ),
      ...byCountry.map((t) => el('recipient-country-budget', {}, [el('recipient-country', { code: t.key }), ...yearElements(t.year, t.currency, t.amount)])),
      ...documents.map((d) =>
        el('document-link', { url: d.url, format: d.format }, [
          el('title', {}, narratives(d.title)),
          el('category', { code: d.category }),
          ...d.languages.map((code) => el('language', { code })),
          d.date ? el('document-date', { 'iso-date': d.date }) : undefined,
        ]),
      ),
    ]),
  ]);
}

export function exportIatiOrganisation(projects: readonly Project[], options: IatiOrganisationOptions): string {
  return serializeXml(buildIatiOrganisation(projects, options));
}
