import { sql } from 'drizzle-orm';
import { MeetingRequestInput, MeetingResponseInput, OrganisationInput, OrganisationProfile, RegistrationInput, EventInput } from '../../../shared/api';
import { systemActor } from '../../actor';
import { createEvent, register, requestMeeting, respondToRequest } from '../../features/events/events.service';
import { updateProfile } from '../../features/matching/matching.service';
import { createOrganisation } from '../../features/organisations/organisations.service';
import type { Db } from '../open-database';
import { rowsOf } from '../rows';
import { meta } from '../schema';
import { showcaseOrganisations } from './data/showcase-organisations';

const actor = systemActor('demo-showcase');

/** The demo matchmaking event: the company matchmaking at the stakeholder meeting of project 004. */
export const showcaseEventId = 'demo-shenzhen-matchmaking';

/**
 * Fills a demo database with what makes the product visible on a first `npm start`: fictional
 * organisations with profiles in nl/en/zh (their matches are computed by the background worker,
 * since the database triggers enqueue the jobs), and a matchmaking event tied to the stakeholder
 * meeting of project 004 with delegates and meeting requests.
 *
 * It runs only on a database that holds the demo programme and no organisations, claims a marker
 * first (so it loads once, also with several instances starting together) and writes everything
 * in one transaction: a failure leaves no half-loaded showcase.
 */
export async function seedShowcaseOnce(db: Db, now: Date = new Date()): Promise<'seeded' | 'skipped'> {
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(meta)
      .values({ key: 'demo-showcase', value: sql`jsonb_build_object('loadedAt', now())` })
      .onConflictDoNothing()
      .returning({ key: meta.key });
    if (claimed.length === 0) return 'skipped';
    const [state] = await tx
      .execute(
        sql`select exists(select 1 from meta where key = 'demo-data') as demo,
                   (select count(*)::int from organisations) as organisations,
                   exists(select 1 from projects where id = 'p004') as project`,
      )
      .then(rowsOf<{ demo: boolean; organisations: number; project: boolean }>);
    if (!state?.demo || state.organisations > 0) return 'skipped';
    // Services open their own transactions; inside ours they become savepoints, so the whole
    // showcase commits or rolls back as one.
    const inner = tx as unknown as Db;
    await seedOrganisations(inner);
    await seedEvent(inner, now, state.project);
    return 'seeded';
  });
}

async function seedOrganisations(db: Db): Promise<void> {
  for (const o of showcaseOrganisations) {
    const { nl, en, zh } = o.description;
    await createOrganisation(
      db,
      actor,
      OrganisationInput.parse({
        id: o.id,
        name: o.name,
        type: o.type,
        country: o.country,
        homeRegionId: o.homeRegionId,
        website: `https://${o.id.replace(/^demo-/, '')}.example`,
        description: { original: o.original, nl, en, zh },
        visibility: 'public',
        notes: 'Fictional organisation of the demo data.',
      }),
    );
    await updateProfile(
      db,
      actor,
      o.id,
      OrganisationProfile.parse({
        sectors: o.sectors,
        languages: o.languages,
        size: o.size,
        people: [{ name: o.contact.name, role: o.contact.role, email: `contact@${o.id.replace(/^demo-/, '')}.example` }],
      }),
    );
  }
}

/** Delegates of the demo event: organisation, name, languages, what they offer or look for. */
const delegates: {
  org: string;
  name: string;
  languages: string[];
  offer: { type: 'technology-offer' | 'technology-request' | 'business-offer' | 'business-request' | 'research-cooperation'; title: string };
}[] = [
  {
    org: 'demo-polderwater',
    name: 'Marloes Bakker',
    languages: ['nl', 'en'],
    offer: { type: 'technology-offer', title: 'Anaerobic treatment of food-industry wastewater' },
  },
  { org: 'demo-deltafilter', name: 'Ruud de Vries', languages: ['nl', 'en'], offer: { type: 'technology-offer', title: 'Ceramic membranes for water reuse' } },
  {
    org: 'demo-stadslab-laagkoolstof',
    name: 'Noor Hendriks',
    languages: ['nl', 'en', 'zh'],
    offer: { type: 'business-offer', title: 'Energy plans for low-carbon districts' },
  },
  { org: 'demo-laadnet', name: 'Fleur Mulder', languages: ['nl', 'en'], offer: { type: 'technology-offer', title: 'Charging hubs for electric buses' } },
  { org: 'demo-tu-delta', name: 'Sanne Visser', languages: ['en', 'zh'], offer: { type: 'research-cooperation', title: 'Circular prefabricated façades' } },
  {
    org: 'demo-noordzee-wind',
    name: 'Erik Jansen',
    languages: ['en'],
    offer: { type: 'technology-offer', title: 'Wind power coupled to hydrogen production' },
  },
  { org: 'demo-shenzhen-lowcarbon', name: '郑欣', languages: ['zh', 'en'], offer: { type: 'technology-request', title: '近零能耗建筑和区域供冷技术' } },
  { org: 'demo-shenzhen-ev', name: '孙悦', languages: ['zh', 'en'], offer: { type: 'business-request', title: '电动公交充电场站合作伙伴' } },
  { org: 'demo-sustech-lab', name: '许博士', languages: ['zh', 'en'], offer: { type: 'research-cooperation', title: '空气质量传感器网络联合研究' } },
  { org: 'demo-guangdong-electroplating', name: '黄丽', languages: ['zh'], offer: { type: 'technology-request', title: '电镀漂洗水重金属回收' } },
  { org: 'demo-guangdong-ceramics', name: '林峰', languages: ['zh'], offer: { type: 'technology-request', title: '陶瓷窑炉节能改造' } },
  {
    org: 'demo-kempen-energie',
    name: 'Hilde Goossens',
    languages: ['nl', 'en'],
    offer: { type: 'technology-offer', title: 'Heat recovery for kilns and process industry' },
  },
];

/** Requests between delegates (by index into `delegates`) and whether the invitee has accepted. */
const requests: { from: number; to: number; priority: 'must-meet' | 'would-like-to'; accepted: boolean; message: string }[] = [
  { from: 6, to: 2, priority: 'must-meet', accepted: true, message: '希望讨论低碳城的能源规划。' },
  { from: 6, to: 4, priority: 'would-like-to', accepted: true, message: '我们对预制外立面很感兴趣。' },
  { from: 7, to: 3, priority: 'must-meet', accepted: true, message: '寻找电动公交充电合作伙伴。' },
  { from: 3, to: 7, priority: 'must-meet', accepted: true, message: 'We would like to present our charging hubs.' },
  { from: 9, to: 1, priority: 'must-meet', accepted: true, message: '希望了解膜技术在电镀废水中的应用。' },
  { from: 10, to: 11, priority: 'would-like-to', accepted: true, message: '窑炉余热回收。' },
  { from: 0, to: 6, priority: 'would-like-to', accepted: false, message: 'Interested in the water cycle of the low-carbon zone.' },
  { from: 8, to: 4, priority: 'would-like-to', accepted: true, message: '联合研究建议。' },
  { from: 5, to: 6, priority: 'would-like-to', accepted: false, message: 'Hydrogen from offshore wind for Longgang?' },
];

async function seedEvent(db: Db, now: Date, withProject: boolean): Promise<void> {
  // Four weeks from the day the demo is loaded, so the event is upcoming and open for requests.
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 28));
  const at = (hour: number, minute: number) => new Date(day.getTime() + ((hour - 8) * 60 + minute) * 60_000).toISOString(); // Shanghai = UTC+8
  const slots = [];
  for (let i = 0; i < 9; i++) {
    const start = 9 * 60 + i * 20 + (i >= 6 ? 20 : 0); // a 20-minute break after the sixth meeting
    slots.push({ id: `s${i + 1}`, start: at(0, start), end: at(0, start + 20), kind: 'meeting' });
  }
  slots.splice(6, 0, { id: 'coffee', start: at(0, 9 * 60 + 120), end: at(0, 9 * 60 + 140), kind: 'break', label: 'Coffee' } as never);
  await createEvent(
    db,
    actor,
    EventInput.parse({
      id: showcaseEventId,
      title: 'Sino-Dutch company matchmaking — stakeholder meeting Shenzhen (demo)',
      description:
        'Matchmaking for Chinese and Dutch companies, combined with the stakeholder meeting of the Sino-Dutch low-carbon zone in Longgang, Shenzhen. Fictional demo event.',
      place: 'Longgang, Shenzhen',
      timeZone: 'Asia/Shanghai',
      projectId: withProject ? 'p004' : null,
      activityId: withProject ? 'p004-development-stakeholder-meeting' : null,
      languages: ['en', 'zh', 'nl'],
      slots,
      tables: [
        { name: 'A1', room: 'Hall A' },
        { name: 'A2', room: 'Hall A' },
        { name: 'A3', room: 'Hall A' },
        { name: 'B1', room: 'Hall B' },
      ],
      interpreters: { 'en-zh': 1, 'nl-zh': 1 },
      requestDeadline: new Date(day.getTime() - 3 * 86_400_000).toISOString(),
    }),
  );
  const ids: string[] = [];
  for (const d of delegates) {
    const reg = await register(
      db,
      actor,
      showcaseEventId,
      RegistrationInput.parse({
        organisationId: d.org,
        delegateName: d.name,
        delegateEmail: `delegate@${d.org.replace(/^demo-/, '')}.example`,
        languages: d.languages,
        offers: [{ ...d.offer, description: '' }],
      }),
    );
    ids.push(reg.id);
  }
  const publicUrl = 'http://localhost';
  for (const r of requests) {
    const made = await requestMeeting(
      db,
      actor,
      showcaseEventId,
      MeetingRequestInput.parse({ from: ids[r.from], to: [ids[r.to]], priority: r.priority, message: r.message }),
      now,
      publicUrl,
    );
    if (r.accepted && made.status === 'pending') {
      await respondToRequest(db, actor, showcaseEventId, made.id, MeetingResponseInput.parse({ answer: 'accept' }), now, publicUrl);
    }
  }
}
