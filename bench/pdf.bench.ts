// PDF documents in the shipped Noto Sans SC: size and time of a 12-slot agenda and table plan with
// Chinese and Dutch names. `npm run bench:pdf -- [nl|en|zh]`; prints its figures.
import type { Agenda, TablePlan } from '../src/shared/api';
import type { CatalogueLanguage } from '../src/shared/i18n';
import { renderAgendaPdf, renderTablePlanPdf } from '../src/server/features/events/events.documents';

const slots = Array.from({ length: 12 }, (_, i) => ({
  start: new Date(Date.UTC(2026, 11, 8, 8, i * 20)).toISOString(),
  end: new Date(Date.UTC(2026, 11, 8, 8, i * 20 + 20)).toISOString(),
}));
const meeting = (i: number) => ({
  requestId: `r${i}`,
  start: slots[i]!.start,
  end: slots[i]!.end,
  tableName: `T${i}`,
  room: null,
  online: i % 3 === 0,
  videoUrl: null,
  interpreterPair: 'en-zh',
  locked: false,
  participants: [
    { registrationId: 'me', delegateName: '王芳', organisationName: '北京氢能科技有限公司' },
    { registrationId: `o${i}`, delegateName: 'Jan de Vries', organisationName: 'Waterstof Groningen B.V.' },
  ],
});
const agenda = {
  eventId: 'e',
  eventTitle: '中荷氢能合作洽谈会 2026',
  timeZone: 'Asia/Shanghai',
  registrationId: 'me',
  delegateName: '王芳',
  organisationName: '北京氢能科技有限公司',
  published: true,
  items: slots.map((s, i) => ({ slotId: `s${i}`, ...s, kind: 'meeting' as const, label: null, meeting: meeting(i) })),
} as unknown as Agenda;
const plan = {
  eventId: 'e',
  title: '中荷氢能合作洽谈会 2026',
  timeZone: 'Asia/Shanghai',
  slots: slots.map((s, i) => ({ slotId: `s${i}`, ...s, meetings: [meeting(i), meeting(i)] })),
} as unknown as TablePlan & { title: string };
const lang = (process.argv[2] ?? 'zh') as CatalogueLanguage;

async function run(label: string, render: () => Promise<Buffer>) {
  const t0 = performance.now();
  const first = await render();
  const t1 = performance.now();
  const n = 20;
  for (let i = 0; i < n; i++) await render();
  const t2 = performance.now();
  console.log(`${label} (${lang}): ${first.length} bytes; first ${(t1 - t0).toFixed(0)} ms (reads the font), then ${((t2 - t1) / n).toFixed(1)} ms each`);
}
await run('agenda', () => renderAgendaPdf(agenda, { lang }));
await run('table plan', () => renderTablePlanPdf(plan, { lang }));
