import { generateOpportunities, generateOrganisations } from '../../../core/demo/profiles';
import { pick, seededRandom } from '../../../core/demo/random';
import { EventInput, RegistrationInput } from '../../../shared/api/events';
import { themes } from '../../../shared/api/themes';
import { systemActor } from '../../actor';
import type { Db } from '../../db/open-database';
import { createEvent, register } from '../events/events.service';
import { opportunityRowValues } from '../opportunities/opportunities.service';
import * as repo from './demo.repository';

/** Partner regions of the demo programme that generated opportunities belong to. */
const REGION_IDS: Record<string, string> = {
  Hebei: 'hebei',
  Shaanxi: 'shaanxi',
  Chengdu: 'chengdu',
  Chongqing: 'chongqing',
  Guangdong: 'guangdong',
  Shenzhen: 'shenzhen',
};
const COUNTRY = { nl: 'BE', en: 'NL', zh: 'CN' } as const;
const HOME_REGION = { nl: ['antwerpen', 'oost-vlaanderen', 'vlaams-brabant', 'limburg'], en: ['netherlands'], zh: Object.values(REGION_IDS) } as const;
const TYPES = ['company', 'company', 'company', 'knowledge-institute', 'agency'] as const;
const DELEGATES = {
  nl: ['An Peeters', 'Jan Janssens', 'Sofie Maes'],
  en: ['Emma de Vries', 'Daan Bakker', 'Lotte Visser'],
  zh: ['王芳', '李伟', '张静'],
} as const;

export type DemoSize = { organisations: number; opportunities: number; events?: number; seed?: number };
export type DemoSummary = { organisations: number; opportunities: number; events: number; registrations: number };

/**
 * Synthetic programme data at any scale (the same generators as the matching benchmarks): organisations
 * and opportunities whose nl/en/zh texts are built from the thesaurus' labels, so tagging and
 * cross-lingual matching see realistic material, and matchmaking events with registered delegates.
 * Ids start with `demo-`; running it again with the same seed adds nothing new. The database
 * triggers queue the matching jobs; the caller runs them (or the server's worker does).
 * Needs the demo programme's regions (seedDemoOnce).
 */
export async function generateDemoData(db: Db, size: DemoSize): Promise<DemoSummary> {
  const seed = size.seed ?? 1;
  const random = seededRandom(seed * 7919);
  const organisations = generateOrganisations(size.organisations, seed);
  await repo.insertOrganisations(
    db,
    organisations.map((o) => {
      const language = o.language ?? 'en';
      return {
        id: `demo-${o.id}`,
        name: o.name.replace('Org', language === 'zh' ? '企业' : language === 'nl' ? 'Bedrijf' : 'Company'),
        type: pick(random, TYPES),
        country: COUNTRY[language],
        homeRegionId: random() < 0.5 ? pick(random, HOME_REGION[language]) : null,
        description: { original: language, [language]: o.description },
      };
    }),
  );
  const opportunities = generateOpportunities(size.opportunities, seed + 1);
  await repo.insertOpportunities(
    db,
    opportunities.map((o) => {
      const language = o.language ?? 'en';
      return {
        id: `demo-${o.id}`,
        ...opportunityRowValues({
          regionId: REGION_IDS[o.region ?? 'Hebei'] ?? 'hebei',
          title: { original: language, [language]: o.title },
          description: { original: language, [language]: o.description },
          themes: [pick(random, themes)],
          industries: [],
          status: 'open',
          visibility: random() < 0.9 ? 'public' : 'members',
          source: null,
        }),
      };
    }) as never,
  );

  let registrations = 0;
  const actor = systemActor('demo generate');
  for (let e = 0; e < (size.events ?? 0); e++) {
    const id = `demo-event-${seed}-${e}`;
    const day = new Date(Date.UTC(2031, 2, 3 + e * 7, 1, 0));
    const slots = Array.from({ length: 12 }, (_, s) => {
      const start = new Date(day.getTime() + s * 30 * 60_000);
      return { id: `s${s + 1}`, start: start.toISOString(), end: new Date(start.getTime() + 25 * 60_000).toISOString() };
    });
    await createEvent(
      db,
      actor,
      EventInput.parse({
        id,
        title: `Cleantech matchmaking ${e + 1} · 清洁技术对接会`,
        timeZone: 'Asia/Shanghai',
        languages: ['en', 'zh', 'nl'],
        tables: 10,
        slots,
        interpreters: { 'en-zh': 2 },
      }),
    ).catch((error: unknown) => {
      if (!(error instanceof Error && error.message.includes('already exists'))) throw error;
    });
    for (let r = 0; r < Math.min(30, organisations.length); r++) {
      const organisation = organisations[Math.floor(random() * organisations.length)]!;
      const language = organisation.language ?? 'en';
      await register(
        db,
        actor,
        id,
        RegistrationInput.parse({
          organisationId: `demo-${organisation.id}`,
          delegateName: pick(random, DELEGATES[language]),
          delegateEmail: `delegate-${e}-${r}@${organisation.id}.example`,
          languages: language === 'en' ? ['en'] : [language, 'en'],
          profile: organisation.description.slice(0, 300),
        }),
      );
      registrations++;
    }
  }
  return { organisations: organisations.length, opportunities: opportunities.length, events: size.events ?? 0, registrations };
}
