// The cooperation-project model. The zod schemas are the single source: the TypeScript types are
// inferred from them, so API validation and compile-time types cannot drift apart.
// Every entity carries a stable string `id` so the server can map it 1:1 to a database row.
import { z } from 'zod';
import { projectIatiSchema } from './iati-extension';
import { longText, recordId, shortText } from './text-limits';

import { LANGUAGES, type Language } from '../languages';

export { LANGUAGES, type Language };
export const languageSchema = z.enum(LANGUAGES);

/** Text in up to three languages. `original` names the language it was written in; every other
 *  language present is, by definition, a translation of it (so translations are always marked). */
export const multilingualTextSchema = z
  .object({
    original: languageSchema,
    nl: longText.optional(),
    en: longText.optional(),
    zh: longText.optional(),
    /** Texts in languages the platform does not translate (an IATI narrative in de or fr), by
     *  ISO 639-1 code: kept so that nothing a publisher wrote is lost, written back on export. */
    other: z.record(z.string().regex(/^[a-z]{2,3}$/), longText).optional(),
    /** Set when the original text is in such a language (a German-only IATI title): the text
     *  stands under `original` so the nl/en/zh views show it, and the export writes it in this
     *  language again. */
    sourceLanguage: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .optional(),
  })
  .refine((t) => t[t.original] !== undefined, { message: 'the original language must have a text' });
export type MultilingualText = z.infer<typeof multilingualTextSchema>;

const isoDate = z.iso.date();
const id = recordId;

/** A date as precise as the source knows it: the document says "November 2011" or "Q1 2012",
 *  not a day, and we must not invent one. */
export const precisionDateSchema = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('day'), start: isoDate, end: isoDate.optional() }),
  z.object({ precision: z.literal('month'), year: z.int(), month: z.int().min(1).max(12) }),
  z.object({ precision: z.literal('quarter'), year: z.int(), quarter: z.int().min(1).max(4) }),
  z.object({ precision: z.literal('year'), year: z.int() }),
  z.object({ precision: z.literal('undetermined') }),
]);
export type PrecisionDate = z.infer<typeof precisionDateSchema>;

export const currencySchema = z.enum(['EUR', 'CNY']);
export type Currency = z.infer<typeof currencySchema>;

export const moneySchema = z.object({ amount: z.number(), currency: currencySchema });
export type Money = z.infer<typeof moneySchema>;

/** An organisation as the project sees it. `iatiRef` only when the organisation's IATI identifier
 *  is actually known; `iatiType` is an IATI OrganisationType code. */
export const organisationRefSchema = z.object({
  id,
  name: multilingualTextSchema,
  iatiRef: shortText.optional(),
  iatiType: shortText.optional(),
  /** Part of another organisation (a department of a ministry, a bureau of a city). */
  parentId: id.optional(),
  /** The platform's organisation this is (when picked from the directory); IATI allows
   *  organisations known by name only, so it is optional. */
  platformOrganisationId: id.optional(),
});
export type OrganisationRef = z.infer<typeof organisationRefSchema>;

export const personSchema = z.object({
  id,
  name: shortText,
  function: multilingualTextSchema.optional(),
  organisationId: id.optional(),
});
export type Person = z.infer<typeof personSchema>;

export const reportingOrgSchema = z.object({
  ref: shortText,
  type: shortText,
  name: multilingualTextSchema,
});
export type ReportingOrg = z.infer<typeof reportingOrgSchema>;

/** IATI OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing. */
export const participationRoleSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type ParticipationRole = z.infer<typeof participationRoleSchema>;

export const participationSchema = z.object({ id, organisationId: id, role: participationRoleSchema });
export type Participation = z.infer<typeof participationSchema>;

export const budgetLineSchema = z.object({
  id,
  label: multilingualTextSchema.optional(),
  value: moneySchema,
  /** Absent when the source gives only a total: such a line cannot be published as an IATI budget. */
  period: z.object({ start: isoDate, end: isoDate }).optional(),
  status: z.enum(['indicative', 'committed']),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

/** 1 `from` = `rate` `to` (e.g. 1 EUR = 7.8 CNY): a bare number would not say which way it goes. */
export const exchangeRateSchema = z.object({
  from: currencySchema,
  to: currencySchema,
  rate: z.number().positive(),
  date: isoDate,
});

export const transactionSchema = z.object({
  id,
  kind: z.enum(['planned', 'committed', 'spent']),
  date: isoDate,
  value: moneySchema,
  /** The rate used to convert this transaction, as agreed for it (EUR↔CNY). */
  exchangeRate: exchangeRateSchema.optional(),
  description: multilingualTextSchema.optional(),
  providerOrganisationId: id.optional(),
  receiverOrganisationId: id.optional(),
});
export type Transaction = z.infer<typeof transactionSchema>;

export const bodySchema = z.object({
  id,
  kind: z.enum(['steering-committee', 'working-group', 'expert-working-group']),
  name: multilingualTextSchema,
  members: z.array(z.object({ id, organisationId: id.optional(), personId: id.optional(), role: multilingualTextSchema.optional() })),
});
export type Body = z.infer<typeof bodySchema>;

export const documentSchema = z.object({
  id,
  title: multilingualTextSchema,
  // Only web addresses: a javascript: or data: URL would run when a reader follows the link.
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** IANA media type, required by IATI document-link/@format. */
  format: shortText.optional(),
  /** IATI DocumentCategory code, e.g. A09 memorandum of understanding. */
  category: shortText,
  date: isoDate.optional(),
  languages: z.array(languageSchema),
});
export type ProjectDocument = z.infer<typeof documentSchema>;

export const agreementSchema = z.object({
  id,
  kind: z.enum(['mou', 'g2g-agreement', 'letter-of-intent']),
  title: multilingualTextSchema,
  partyOrganisationIds: z.array(id).min(1),
  status: z.enum(['in-preparation', 'signed', 'expired']),
  date: precisionDateSchema,
  signingActivityId: id.optional(),
  /** The signed text, one of the project's documents. */
  documentId: id.optional(),
  note: multilingualTextSchema.optional(),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const deliverableSchema = z.object({
  id,
  title: multilingualTextSchema,
  due: precisionDateSchema,
  ownerOrganisationId: id.optional(),
  status: z.enum(['planned', 'in-progress', 'delivered', 'cancelled']),
  evidence: z.array(z.object({ id, note: multilingualTextSchema, documentId: id.optional() })),
});
export type Deliverable = z.infer<typeof deliverableSchema>;

export const ACTIVITY_TYPES = [
  'network-meeting',
  'delegation-visit',
  'expert-meeting',
  'stakeholder-meeting',
  'expert-mission',
  'signing-ceremony',
  'workshop',
  'matchmaking-event',
  'knowledge-transfer',
] as const;

export const placeSchema = z.object({ name: multilingualTextSchema, countryCode: z.string().length(2).optional() });

export const sessionSchema = z.object({
  id,
  kind: z.enum(['plenary', 'workgroup', 'site-visit', 'meeting-block']),
  title: multilingualTextSchema,
  /** 1-based day of the programme; absent when the source does not say which day. */
  day: z.int().min(1).optional(),
  place: placeSchema.optional(),
  organisationIds: z.array(id),
});
export type Session = z.infer<typeof sessionSchema>;

export const activitySchema = z.object({
  id,
  type: z.enum(ACTIVITY_TYPES),
  title: multilingualTextSchema,
  description: multilingualTextSchema.optional(),
  date: precisionDateSchema,
  /** Recurring activities ("regular meetings") have no single date. */
  recurring: z.boolean(),
  /** Listed as a possibility only ("possible activities include…"). */
  tentative: z.boolean(),
  status: z.enum(['planned', 'in-progress', 'done', 'cancelled']),
  place: placeSchema.optional(),
  organisationIds: z.array(id),
  personIds: z.array(id),
  programme: z.object({ days: z.int().min(1).optional(), sessions: z.array(sessionSchema) }).optional(),
  deliverables: z.array(deliverableSchema),
});
export type Activity = z.infer<typeof activitySchema>;
export type ActivityType = Activity['type'];

export const gateSchema = z.object({
  status: z.enum(['pending', 'go', 'no-go']),
  /** The activity whose outcome is the decision (e.g. the expert meeting of November 2011). */
  decisionActivityId: id.optional(),
  decidedBy: shortText.optional(),
  decidedAt: isoDate.optional(),
  rationale: multilingualTextSchema.optional(),
});
export type Gate = z.infer<typeof gateSchema>;

export const phaseSchema = z.object({
  id,
  order: z.int().min(1),
  name: multilingualTextSchema,
  description: multilingualTextSchema.optional(),
  /** Explicit dates (e.g. imported from IATI); otherwise derived from the activities. */
  dates: z
    .object({ plannedStart: isoDate.optional(), plannedEnd: isoDate.optional(), actualStart: isoDate.optional(), actualEnd: isoDate.optional() })
    .optional(),
  gate: gateSchema,
  activities: z.array(activitySchema),
});
export type Phase = z.infer<typeof phaseSchema>;

const measuredValue = z.object({ value: z.number().optional(), comment: multilingualTextSchema.optional() });

export const indicatorSchema = z.object({
  id,
  title: multilingualTextSchema,
  description: multilingualTextSchema.optional(),
  measure: z.enum(['unit', 'percentage', 'nominal', 'ordinal', 'qualitative']),
  ascending: z.boolean(),
  baseline: measuredValue.extend({ year: z.int() }).optional(),
  periods: z.array(z.object({ id, start: isoDate, end: isoDate, target: measuredValue.optional(), actual: measuredValue.optional() })),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const resultSchema = z.object({
  id,
  type: z.enum(['output', 'outcome', 'impact']),
  title: multilingualTextSchema,
  description: multilingualTextSchema.optional(),
  indicators: z.array(indicatorSchema).min(1),
});
export type Result = z.infer<typeof resultSchema>;

/** IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended. */
export const activityStatusSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]);
export type ActivityStatus = z.infer<typeof activityStatusSchema>;

const projectObjectSchema = z.object({
  id,
  iatiIdentifier: shortText,
  /** Set for projects imported from another publisher; our own use the exporter's reporting org. */
  reportingOrg: reportingOrgSchema.optional(),
  title: multilingualTextSchema,
  purpose: multilingualTextSchema,
  /** Optional because files of other publishers do not always say where. */
  location: z.object({ countryCode: z.string().length(2), region: multilingualTextSchema.optional(), district: multilingualTextSchema.optional() }).optional(),
  /** Thesaurus concept ids, e.g. 'low-carbon-urban-planning'. */
  themes: z.array(shortText),
  status: activityStatusSchema,
  /** Set when a no-go gate (or another decision) ended the project early. */
  closure: z.object({ phaseId: id.optional(), decidedAt: isoDate.optional(), reason: multilingualTextSchema }).optional(),
  dates: z.object({
    plannedStart: isoDate.optional(),
    plannedEnd: isoDate.optional(),
    actualStart: isoDate.optional(),
    actualEnd: isoDate.optional(),
  }),
  currency: currencySchema,
  budgetLines: z.array(budgetLineSchema),
  transactions: z.array(transactionSchema),
  organisations: z.array(organisationRefSchema),
  people: z.array(personSchema),
  participations: z.array(participationSchema),
  bodies: z.array(bodySchema),
  documents: z.array(documentSchema),
  agreements: z.array(agreementSchema),
  phases: z.array(phaseSchema),
  results: z.array(resultSchema),
  /** What IATI publishers say beyond this model (imported projects; decision 014). */
  iati: projectIatiSchema.optional(),
});

type Path = (string | number)[];
type Kind = 'organisation' | 'person' | 'activity' | 'document' | 'phase';

/** Broken links inside a project, each at the field that holds it: every id must be unique (each
 *  entity becomes a row) and every reference must point at an entity of the same project. */
function referenceProblems(p: z.infer<typeof projectObjectSchema>): { path: Path; message: string }[] {
  const ids: { path: Path; id: string }[] = [];
  const refs: { kind: Kind; path: Path; id: string }[] = [];
  const entity = (path: Path, e: { id: string }) => ids.push({ path: [...path, 'id'], id: e.id });
  const ref = (kind: Kind, path: Path, id: string | undefined) => id !== undefined && refs.push({ kind, path, id });
  const refsTo = (kind: Kind, path: Path, list: readonly string[]) => list.forEach((id, i) => ref(kind, [...path, i], id));

  p.organisations.forEach((o, i) => (entity(['organisations', i], o), ref('organisation', ['organisations', i, 'parentId'], o.parentId)));
  p.people.forEach((x, i) => (entity(['people', i], x), ref('organisation', ['people', i, 'organisationId'], x.organisationId)));
  p.participations.forEach((x, i) => (entity(['participations', i], x), ref('organisation', ['participations', i, 'organisationId'], x.organisationId)));
  p.budgetLines.forEach((b, i) => entity(['budgetLines', i], b));
  p.transactions.forEach((t, i) => {
    entity(['transactions', i], t);
    ref('organisation', ['transactions', i, 'providerOrganisationId'], t.providerOrganisationId);
    ref('organisation', ['transactions', i, 'receiverOrganisationId'], t.receiverOrganisationId);
  });
  p.bodies.forEach((b, i) => {
    entity(['bodies', i], b);
    b.members.forEach((m, j) => {
      entity(['bodies', i, 'members', j], m);
      ref('organisation', ['bodies', i, 'members', j, 'organisationId'], m.organisationId);
      ref('person', ['bodies', i, 'members', j, 'personId'], m.personId);
    });
  });
  p.documents.forEach((d, i) => entity(['documents', i], d));
  p.agreements.forEach((a, i) => {
    entity(['agreements', i], a);
    refsTo('organisation', ['agreements', i, 'partyOrganisationIds'], a.partyOrganisationIds);
    ref('activity', ['agreements', i, 'signingActivityId'], a.signingActivityId);
    ref('document', ['agreements', i, 'documentId'], a.documentId);
  });
  p.phases.forEach((ph, i) => {
    entity(['phases', i], ph);
    ref('activity', ['phases', i, 'gate', 'decisionActivityId'], ph.gate.decisionActivityId);
    ph.activities.forEach((a, j) => {
      const at: Path = ['phases', i, 'activities', j];
      entity(at, a);
      refsTo('organisation', [...at, 'organisationIds'], a.organisationIds);
      refsTo('person', [...at, 'personIds'], a.personIds);
      a.programme?.sessions.forEach(
        (x, k) => (
          entity([...at, 'programme', 'sessions', k], x),
          refsTo('organisation', [...at, 'programme', 'sessions', k, 'organisationIds'], x.organisationIds)
        ),
      );
      a.deliverables.forEach((d, k) => {
        entity([...at, 'deliverables', k], d);
        ref('organisation', [...at, 'deliverables', k, 'ownerOrganisationId'], d.ownerOrganisationId);
        d.evidence.forEach(
          (e, l) => (
            entity([...at, 'deliverables', k, 'evidence', l], e),
            ref('document', [...at, 'deliverables', k, 'evidence', l, 'documentId'], e.documentId)
          ),
        );
      });
    });
  });
  p.results.forEach((r, i) => {
    entity(['results', i], r);
    r.indicators.forEach(
      (x, j) => (entity(['results', i, 'indicators', j], x), x.periods.forEach((period, k) => entity(['results', i, 'indicators', j, 'periods', k], period))),
    );
  });
  ref('phase', ['closure', 'phaseId'], p.closure?.phaseId);

  const seen = new Set<string>();
  const duplicates = ids.filter(({ id }) => seen.has(id) || !seen.add(id)).map(({ path, id }) => ({ path, message: `id ${id} is used twice` }));
  const known: Record<Kind, Set<string>> = {
    organisation: new Set(p.organisations.map((o) => o.id)),
    person: new Set(p.people.map((x) => x.id)),
    activity: new Set(p.phases.flatMap((ph) => ph.activities.map((a) => a.id))),
    document: new Set(p.documents.map((d) => d.id)),
    phase: new Set(p.phases.map((ph) => ph.id)),
  };
  const kinds: Kind[] = ['organisation', 'person', 'activity', 'document', 'phase'];
  const broken = kinds.flatMap((kind) =>
    refs.filter((r) => r.kind === kind && !known[kind].has(r.id)).map(({ path, id }) => ({ path, message: `unknown ${kind} ${id}` })),
  );
  return [...duplicates, ...broken];
}

/** The reference checks of a whole project, for any schema built on its fields. */
export function checkProjectReferences(project: z.infer<typeof projectObjectSchema>, ctx: z.RefinementCtx): void {
  for (const { path, message } of referenceProblems(project)) ctx.addIssue({ code: 'custom', path, message });
}

export const projectSchema = projectObjectSchema.superRefine(checkProjectReferences);
export type Project = z.infer<typeof projectSchema>;
