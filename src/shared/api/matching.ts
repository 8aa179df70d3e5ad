import { z } from 'zod';
import { Language } from './localized-text';

export const matchStatuses = ['suggested', 'interested', 'shortlisted', 'introduced', 'meeting-held', 'collaboration-started', 'not-relevant'] as const;
export const MatchStatus = z.enum(matchStatuses).meta({ id: 'MatchStatus' });
export type MatchStatus = z.infer<typeof MatchStatus>;

export const MatchExplanation = z
  .object({
    text: z.string().describe('one line in the requested language'),
    concepts: z.array(
      z.object({
        conceptId: z.string(),
        label: z.string().describe('preferred label in the requested language'),
        share: z.number().describe('share of the concept score, 0..1'),
        opportunityPhrases: z.array(z.string()),
        organisationPhrases: z.array(z.string()),
      }),
    ),
    sharedTerms: z.array(z.string()),
    twinned: z.boolean(),
  })
  .meta({ id: 'MatchExplanation' });
export type MatchExplanation = z.infer<typeof MatchExplanation>;

export const MatchItem = z
  .object({
    id: z.string(),
    opportunityId: z.string(),
    opportunityTitle: z.string().describe('in the requested language, or the original'),
    regionId: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    score: z.number(),
    rank: z.number().int(),
    current: z.boolean().describe('false: the latest computation no longer ranks this pair; kept for its status'),
    status: MatchStatus,
    note: z.string().nullable().optional().describe('internal pipeline note: programme managers and admins only (absent for others)'),
    statusChangedAt: z.string().nullable(),
    statusChangedBy: z.string().nullable().optional().describe('who changed the status: programme managers and admins only'),
    ownerId: z.string().nullable().optional().describe('the programme manager following the match up: programme managers and admins only'),
    ownerName: z.string().nullable().optional().describe("the owner's display name: programme managers and admins only"),
    nextActionOn: z.iso.date().nullable().optional().describe('day of the next action (YYYY-MM-DD): programme managers and admins only'),
    themes: z.array(z.string()).describe("the opportunity's themes (ids; the web names them)"),
    computedAt: z.string(),
    explanation: MatchExplanation,
  })
  .meta({ id: 'Match' });
export type MatchItem = z.infer<typeof MatchItem>;

export const MatchList = z.object({ lang: Language, items: z.array(MatchItem) });

export const MatchReadQuery = z.object({
  lang: Language.default('en').describe('language of the explanation'),
  includeDismissed: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('also list matches marked not-relevant'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

const csv = <T extends z.ZodType>(item: T) => z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).optional());

export const matchSorts = ['score', 'status', 'opportunity', 'organisation', 'nextAction'] as const;

export const MatchBoardQuery = z.object({
  status: csv(MatchStatus).describe('comma-separated'),
  regionId: z.string().max(100).optional().describe("the opportunity's region (and the regions within it)"),
  theme: csv(z.string().min(1).max(100)).describe('comma-separated themes: the opportunity has at least one of them'),
  ownerId: z.string().max(100).optional().describe('a user id, or "none" for matches nobody owns'),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('true: only matches whose next action is before today'),
  q: z.string().trim().max(200).optional().describe("part of the opportunity's title (any language) or of the organisation's name"),
  organisationId: z.string().max(100).optional(),
  opportunityId: z.string().max(100).optional(),
  sort: z.enum(matchSorts).default('score'),
  order: z.enum(['asc', 'desc']).optional().describe('default: descending for score, ascending otherwise'),
  lang: Language.default('en'),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

export const MatchPage = z.object({
  items: z.array(MatchItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  statusCounts: z.record(MatchStatus, z.number().int()).describe('matches per status under every filter but the status one (the board columns)'),
});

export const MatchUpdate = z.object({
  status: MatchStatus,
  note: z.string().trim().max(5000).nullable().optional().describe('kept as it is when omitted'),
});

/** Several matches moved to one status at once: all of them or none (one transaction). */
export const MatchBulkStatus = z.object({
  ids: z.array(z.string().min(1).max(100)).min(1).max(500),
  status: MatchStatus,
  note: z.string().trim().max(5000).nullable().optional().describe('kept as it is when omitted'),
});
export const MatchBulkResult = z.object({ updated: z.number().int() });

/** Who follows a match up and when; a field left out is kept. */
export const MatchPlan = z.object({
  ownerId: z.string().min(1).max(100).nullable().optional().describe('a programme manager or admin; null: nobody'),
  nextActionOn: z.iso.date().nullable().optional().describe('YYYY-MM-DD; null: none'),
});

export const MatchOwner = z.object({ id: z.string(), displayName: z.string() });
export const MatchOwnerList = z.object({ items: z.array(MatchOwner) });

export const MatchEvent = z.object({
  fromStatus: z.string(),
  toStatus: z.string(),
  note: z.string().nullable().optional().describe('programme managers and admins only'),
  actor: z.string().optional().describe('programme managers and admins only'),
  at: z.string(),
});
export const MatchWithHistory = MatchItem.extend({ history: z.array(MatchEvent) });

export const MatchingJob = z.object({
  id: z.number().int(),
  kind: z.string(),
  target: z.string(),
  state: z.enum(['pending', 'running', 'done', 'failed']),
  phase: z.string().nullable(),
  total: z.number().int(),
  done: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});

export const MatchingStatus = z.object({
  pending: z.number().int().describe('jobs waiting'),
  running: z.array(MatchingJob),
  recent: z.array(MatchingJob).describe('the last finished or failed jobs, newest first'),
  idle: z.boolean(),
});

// ── Thesaurus ───────────────────────────────────────────────────────────────
const Labels = z.object({ nl: z.array(z.string()), en: z.array(z.string()), zh: z.array(z.string()) });
export const ThesaurusConcept = z
  .object({
    id: z.string(),
    prefLabel: z.object({ nl: z.string(), en: z.string(), zh: z.string() }),
    labels: Labels.describe('every label, preferred first; "~" marks a weak label'),
    broader: z.array(z.string()),
    narrower: z.array(z.string()),
    theme: z.string(),
    dac: z.array(z.string()),
    gemet: z.object({ id: z.number(), en: z.string(), nl: z.string().optional() }).optional(),
    edited: z.boolean().describe('changed by an admin (layered over the shipped scheme)'),
  })
  .meta({ id: 'ThesaurusConcept' });
export const ThesaurusList = z.object({ count: z.number().int(), concepts: z.array(ThesaurusConcept) });

const LabelList = z.array(z.string().trim().min(1).max(200)).min(1).max(100);
export const ThesaurusConceptEdit = z.object({
  labels: z
    .object({ nl: LabelList.optional(), en: LabelList.optional(), zh: LabelList.optional() })
    .default({})
    .describe('per language, every label, preferred first (replaces the shipped ones); new concepts need all three'),
  broader: z.array(z.string().min(1).max(100)).max(10).optional(),
});

// ── Organisation profile (matching side) ────────────────────────────────────
export const OrganisationProfile = z
  .object({
    sectors: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    capabilities: z.array(z.string().min(1).max(100)).max(100).default([]).describe('confirmed concept ids'),
    languages: z
      .array(Language.or(z.string().regex(/^[a-z]{2}$/)))
      .max(20)
      .default([]),
    size: z.enum(['micro', 'small', 'medium', 'large']).nullable().default(null),
    references: z
      .array(
        z.object({
          title: z.string().trim().min(1).max(300),
          year: z.number().int().min(1900).max(2100).nullable().optional(),
          url: z
            .url({ protocol: /^https?$/ })
            .nullable()
            .optional(),
          description: z.string().max(5000).nullable().optional(),
        }),
      )
      .max(100)
      .default([]),
    people: z
      .array(
        z.object({
          name: z.string().trim().min(1).max(200),
          role: z.string().max(200).nullable().optional(),
          email: z.email().nullable().optional(),
          phone: z.string().max(50).nullable().optional(),
          languages: z.array(z.string().max(50)).max(10).optional(),
        }),
      )
      .max(100)
      .default([]),
  })
  .meta({ id: 'OrganisationProfile' });
export type OrganisationProfile = z.infer<typeof OrganisationProfile>;

export const CapabilitySuggestion = z.object({
  conceptId: z.string(),
  label: z.string(),
  weight: z.number(),
  confirmed: z.boolean(),
  evidence: z.array(z.string()),
});
export const OrganisationProfileView = OrganisationProfile.extend({
  organisationId: z.string(),
  suggestions: z.array(CapabilitySuggestion).describe('concepts tagged in the description, for a programme manager to confirm'),
});
