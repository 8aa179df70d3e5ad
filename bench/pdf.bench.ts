// PDF documents in the shipped Noto Sans SC: size and time of a 12-slot agenda and table plan
// (Chinese and Dutch names). `node --import tsx bench/pdf.bench.ts [nl|en|zh]`; prints its figures.
import { renderAgendaPdf, renderTablePlanPdf } from '../src/server/features/events/events.documents';
const slots = Array.from({ length: 12 }, (_, i) => ({ start: new Date(Date.UTC(2026, 11, 8, 8, i * 20)).toISOString(), end: new Date(Date.UTC(2026, 11, 8, 8, i * 20 + 20)).toISOString() }));
const meeting = (i: number) => ({ requestId: `r${i}`, start: slots[i]!.start, end: slots[i]!.end, tableName: `T${i}`, room: null, online: i % 3 === 0, videoUrl: null, interpreterPair: 'en-zh', locked: false,
  participants: [{ registrationId: 'me', delegateName: '王芳', organisationName: '北京氢能科技有限公司' }, { registrationId: `o${i}`, delegateName: 'Jan de Vries', organisationName: 'Waterstof Groningen B.V.' }] });
const agenda: any = { eventId: 'e', eventTitle: '中荷氢能合作洽谈会 2026', timeZone: 'Asia/Shanghai', registrationId: 'me', delegateName: '王芳', organisationName: '北京氢能科技有限公司', published: true,
  items: slots.map((s, i) => ({ slotId: `s${i}`, ...s, kind: 'meeting', label: null, meeting: meeting(i) })) };
const plan: any = { eventId: 'e', title: '中荷氢能合作洽谈会 2026', timeZone: 'Asia/Shanghai', slots: slots.map((s, i) => ({ slotId: `s${i}`, ...s, meetings: [meeting(i), meeting(i)] })) };
const args: any[] = process.argv[2] ? [{ lang: process.argv[2] }] : [];
async function run(label: string, f: () => Promise<Buffer>) {
  const t0 = performance.now(); const first = await f(); const t1 = performance.now();
  const n = 20; for (let i = 0; i < n; i++) await f(); const t2 = performance.now();
  console.log(`${label}: ${first.length} bytes, first ${(t1 - t0).toFixed(0)} ms, then ${((t2 - t1) / n).toFixed(1)} ms each`);
}
await run('agenda', () => (renderAgendaPdf as any)(agenda, ...args));
await run('table plan', () => (renderTablePlanPdf as any)(plan, ...args));
