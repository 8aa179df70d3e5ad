// The classifications of a foreign IATI activity, kept as published: sectors and tags with their
// vocabularies and percentages, recipient countries and regions, policy markers, the default
// flow/finance/aid/tied status, collaboration type and capital spend (decision 014).
import type { Classification, ProjectIati } from '../projects/iati-extension';
import { COUNTRY_CODES } from './codelists';
import { kid, kids, percentage, publishedNarratives } from './import-read';
import type { Context } from './import-read';
import type { XmlNode } from './xml-read';

/** IATI 1.x sector vocabularies written as names. */
const V1_SECTOR_VOCABULARIES: Record<string, string> = { DAC: '1', DAC3: '2', 'DAC-3': '2' };

function classification(node: XmlNode, ctx: Context): Classification | undefined {
  const code = node.attrs.code?.trim();
  if (!code) {
    ctx.warn(node, `${node.name} without code: skipped`);
    return undefined;
  }
  let vocabulary = node.attrs.vocabulary?.trim() || undefined;
  const v1 = vocabulary && V1_SECTOR_VOCABULARIES[vocabulary.toUpperCase()];
  if (node.name === 'sector' && v1) {
    ctx.warn(node, `sector vocabulary "${vocabulary ?? ''}" (IATI 1.x) read as ${v1}`);
    vocabulary = v1;
  }
  return {
    code,
    ...(vocabulary ? { vocabulary } : {}),
    ...(node.attrs['vocabulary-uri'] ? { vocabularyUri: node.attrs['vocabulary-uri'] } : {}),
    ...optional('percentage', percentage(node, ctx)),
    ...optional('narratives', publishedNarratives(node, ctx)),
  };
}

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

const codeOf = (node: XmlNode | undefined): string | undefined => node?.attrs.code?.trim() || undefined;

/** Everything of the activity's classification the project keeps in its IATI extension. */
export function classificationsOf(activity: XmlNode, ctx: Context): ProjectIati {
  const list = (name: string) => kids(activity, name).flatMap((n) => classification(n, ctx) ?? []);
  const nonEmpty = <T>(items: T[]): T[] | undefined => (items.length > 0 ? items : undefined);
  const countries = kids(activity, 'recipient-country').flatMap((n) => {
    const code = n.attrs.code?.trim().toUpperCase();
    // An unknown country is reported (and skipped) where the project's place is read.
    if (!code || !COUNTRY_CODES.has(code)) return [];
    return [{ code, ...optional('percentage', percentage(n, ctx)), ...optional('narratives', publishedNarratives(n, ctx)) }];
  });
  const markers = kids(activity, 'policy-marker').flatMap((n) => {
    const code = codeOf(n);
    if (!code) return [];
    return [
      {
        code,
        ...optional('vocabulary', n.attrs.vocabulary?.trim() || undefined),
        ...optional('vocabularyUri', n.attrs['vocabulary-uri']),
        ...optional('significance', n.attrs.significance?.trim() || undefined),
        ...optional('narratives', publishedNarratives(n, ctx)),
      },
    ];
  });
  const capital = kid(activity, 'capital-spend');
  const capitalSpend = capital ? percentage(capital, ctx) : undefined;
  const iati: ProjectIati = {
    sectors: nonEmpty(list('sector')),
    recipientCountries: nonEmpty(countries),
    recipientRegions: nonEmpty(list('recipient-region')),
    policyMarkers: nonEmpty(markers),
    tags: nonEmpty(list('tag')),
    collaborationType: codeOf(kid(activity, 'collaboration-type')),
    defaultFlowType: codeOf(kid(activity, 'default-flow-type')),
    defaultFinanceType: codeOf(kid(activity, 'default-finance-type')),
    defaultAidTypes: nonEmpty(list('default-aid-type')),
    defaultTiedStatus: codeOf(kid(activity, 'default-tied-status')),
    capitalSpend,
  };
  return Object.fromEntries(Object.entries(iati).filter(([, v]) => v !== undefined)) as ProjectIati;
}

/** The elements classificationsOf reads. */
export const CLASSIFICATION_ELEMENTS = [
  'sector',
  'recipient-country',
  'recipient-region',
  'policy-marker',
  'tag',
  'collaboration-type',
  'default-flow-type',
  'default-finance-type',
  'default-aid-type',
  'default-tied-status',
  'capital-spend',
] as const;
