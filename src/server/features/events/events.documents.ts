// Printable and downloadable views of an event: a delegate's agenda (PDF, iCalendar) and the
// organiser's table plan per slot (PDF, XLSX). pdfkit with Debian's Noto Sans CJK renders Chinese
// names (its Simplified Chinese face also holds Latin glyphs); without the font, pdfkit's Helvetica.
import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import ical, { ICalEventStatus } from 'ical-generator';
import PDFDocument from 'pdfkit';
import type { Agenda, TablePlan } from '../../../shared/api';
import { localDay, localTime } from '../../../shared/event-time';
import { formulaSafe } from '../imports/imports.service';

export const CJK_FONT_PATH = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const CJK_FONT_FACE = 'NotoSansCJKsc-Regular';

type Meeting = NonNullable<Agenda['items'][number]['meeting']>;

/** Slots are instants; people read them as wall-clock times in the event's time zone. */
const span = (start: string, end: string, zone: string) => `${localDay(start, zone)} ${localTime(start, zone)}–${localTime(end, zone)}`;
const tableLabel = (m: Meeting) => `${m.tableName}${m.room ? ` (${m.room})` : ''}`;
/** Where the meeting takes place: a table, or a video call for online meetings. */
const placeOf = (m: Meeting) => (m.online ? 'Online (video call)' : `Table ${tableLabel(m)}`);
const others = (m: Meeting, self?: string) =>
  m.participants
    .filter((p) => p.registrationId !== self)
    .map((p) => `${p.delegateName} (${p.organisationName})`)
    .join(', ');

export function pdfDocument(title: string, fontPath = CJK_FONT_PATH, page: { size: string; margin: number } = { size: 'A4', margin: 50 }) {
  const doc = new PDFDocument({ ...page, info: { Title: title, Author: 'Cleantech Bridge' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (existsSync(fontPath)) doc.font(fontPath, CJK_FONT_FACE);
  return { doc, done };
}

export function renderAgendaPdf(agenda: Agenda, options: { fontPath?: string } = {}): Promise<Buffer> {
  const { doc, done } = pdfDocument(`${agenda.eventTitle} – ${agenda.delegateName}`, options.fontPath);
  const width = doc.page.width - 100;
  doc.fontSize(9).fillColor('#555').text(agenda.published ? 'Agenda' : 'Agenda (draft: the organiser may still change it)', { width });
  doc.moveDown(0.3).fontSize(18).fillColor('black').text(agenda.eventTitle, { width });
  doc.fontSize(12).text(`${agenda.delegateName} · ${agenda.organisationName}`, { width });
  doc.fontSize(9).fillColor('#555').text(`Times in ${agenda.timeZone}`, { width }).fillColor('black');
  doc.moveDown(0.8);
  const zone = agenda.timeZone;
  let day = '';
  for (const item of agenda.items) {
    if (localDay(item.start, zone) !== day) {
      day = localDay(item.start, zone);
      doc.moveDown(0.4).fontSize(13).fillColor('#1a4d2e').text(day, 50, undefined, { width }).fillColor('black');
    }
    const time = `${localTime(item.start, zone)}–${localTime(item.end, zone)}`;
    if (item.kind === 'break') {
      doc.fontSize(10).fillColor('#777').text(`${time}  ${item.label ?? 'Break'}`, 50, undefined, { width }).fillColor('black');
    } else if (item.meeting) {
      const m = item.meeting;
      doc.fontSize(10).text(`${time}  ${placeOf(m)}: ${others(m, agenda.registrationId)}`, 50, undefined, { width });
      if (m.videoUrl) doc.fontSize(9).fillColor('#1a4d2e').text(`Video: ${m.videoUrl}`, 90, undefined, { width: width - 40, link: m.videoUrl }).fillColor('black');
      if (m.interpreterPair) doc.fontSize(9).fillColor('#555').text(`interpreter ${m.interpreterPair}`, 90, undefined, { width: width - 40 }).fillColor('black');
    } else {
      doc.fontSize(10).fillColor('#999').text(`${time}  free`, 50, undefined, { width }).fillColor('black');
    }
  }
  doc.end();
  return done;
}

/** The delegate's meetings as iCalendar events at UTC instants, so every calendar shows its own local time. */
export function renderAgendaIcs(agenda: Agenda, options: { host?: string; place?: string | null } = {}): string {
  const calendar = ical({
    name: `${agenda.eventTitle} – ${agenda.delegateName}`,
    prodId: { company: 'Cleantech Bridge', product: 'events', language: 'EN' },
  });
  for (const item of agenda.items) {
    const m = item.meeting;
    if (!m) continue;
    calendar.createEvent({
      id: `${agenda.eventId}-${m.requestId}-${agenda.registrationId}@${options.host ?? 'cleantech-bridge'}`,
      start: new Date(m.start),
      end: new Date(m.end),
      summary: `Meeting: ${others(m, agenda.registrationId)}`,
      description: [
        agenda.eventTitle,
        placeOf(m),
        m.videoUrl ? `Video: ${m.videoUrl}` : '',
        m.interpreterPair ? `Interpreter: ${m.interpreterPair}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
      location: m.online ? m.videoUrl : [options.place, placeOf(m)].filter(Boolean).join(', '),
      url: m.videoUrl,
      status: agenda.published ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
    });
  }
  return calendar.toString();
}

type Plan = TablePlan & { title: string };

export function renderTablePlanPdf(plan: Plan, options: { fontPath?: string } = {}): Promise<Buffer> {
  const { doc, done } = pdfDocument(`${plan.title} – table plan`, options.fontPath);
  const width = doc.page.width - 100;
  doc.fontSize(9).fillColor('#555').text('Table plan', { width });
  doc.moveDown(0.3).fontSize(18).fillColor('black').text(plan.title, { width });
  doc.fontSize(9).fillColor('#555').text(`Times in ${plan.timeZone}`, { width }).fillColor('black');
  for (const slot of plan.slots) {
    doc.moveDown(0.6).fontSize(13).fillColor('#1a4d2e').text(span(slot.start, slot.end, plan.timeZone), 50, undefined, { width }).fillColor('black');
    if (slot.meetings.length === 0) doc.fontSize(10).fillColor('#999').text('no meetings', 50, undefined, { width }).fillColor('black');
    for (const m of slot.meetings) {
      doc.fontSize(10).text(`${placeOf(m)}: ${others(m)}${m.interpreterPair ? ` · interpreter ${m.interpreterPair}` : ''}`, 50, undefined, { width });
    }
  }
  doc.end();
  return done;
}

export async function renderTablePlanXlsx(plan: Plan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cleantech Bridge';
  const sheet = workbook.addWorksheet('Table plan');
  sheet.columns = [
    { header: 'Day', key: 'day', width: 12 },
    { header: `Start (${plan.timeZone})`, key: 'start', width: 20 },
    { header: `End (${plan.timeZone})`, key: 'end', width: 20 },
    { header: 'Table', key: 'table', width: 10 },
    { header: 'Room', key: 'room', width: 14 },
    { header: 'Participants', key: 'participants', width: 80 },
    { header: 'Interpreter', key: 'interpreter', width: 12 },
    { header: 'Locked', key: 'locked', width: 8 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const slot of plan.slots) {
    for (const m of slot.meetings) {
      sheet.addRow({
        day: localDay(slot.start, plan.timeZone),
        start: localTime(slot.start, plan.timeZone),
        end: localTime(slot.end, plan.timeZone),
        // Names typed by users: never a live formula in the reader's Excel.
        table: m.online ? 'online' : formulaSafe(m.tableName),
        room: formulaSafe(m.room ?? ''),
        participants: formulaSafe(others(m)),
        interpreter: formulaSafe(m.interpreterPair ?? ''),
        locked: m.locked ? 'yes' : '',
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
