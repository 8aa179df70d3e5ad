// Printable and downloadable views of an event: a delegate's agenda (PDF, iCalendar) and the
// organiser's table plan per slot (PDF, XLSX), in the reader's language (catalogue namespace
// `documents`) with days written the Intl way of that language. PDFs are set in the shipped
// Noto Sans SC (src/server/documents/pdf.ts), so Chinese names print on every installation.
import type { TFunction } from 'i18next';
import ical, { ICalEventStatus } from 'ical-generator';
import type { Agenda, TablePlan } from '../../../shared/api';
import { localDay, localTime } from '../../../shared/event-time';
import { zoneName } from '../../../shared/time-zones';
import { intlLocale, translatorFor, type CatalogueLanguage } from '../../../shared/i18n';
import { pdfDocument } from '../../documents/pdf';
import { loadExcel } from '../../documents/lazy-libraries';
import { formulaSafe } from '../imports/imports.service';

export { pdfDocument } from '../../documents/pdf';

type Meeting = NonNullable<Agenda['items'][number]['meeting']>;

/** A calendar day written out in the reader's language ("dinsdag 8 december 2026", "2026年12月8日星期二"). */
export function longDay(iso: string, zone: string, lang: CatalogueLanguage): string {
  return new Intl.DateTimeFormat(intlLocale[lang], { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** Slots are instants; people read them as wall-clock times in the event's time zone. */
const span = (start: string, end: string, zone: string, lang: CatalogueLanguage) =>
  `${longDay(start, zone, lang)} ${localTime(start, zone)}–${localTime(end, zone)}`;

/** Where the meeting takes place: a table, or a video call for online meetings. */
function placeOf(m: Meeting, t: TFunction): string {
  if (m.online) return t('documents:place.online');
  return m.room ? t('documents:place.tableInRoom', { table: m.tableName, room: m.room }) : t('documents:place.table', { table: m.tableName });
}

const others = (m: Meeting, t: TFunction, self?: string) =>
  m.participants
    .filter((p) => p.registrationId !== self)
    .map((p) => `${p.delegateName} (${p.organisationName})`)
    .join(t('errors:listSeparator'));

export type DocumentOptions = { lang?: CatalogueLanguage };

export async function renderAgendaPdf(agenda: Agenda, options: DocumentOptions = {}): Promise<Buffer> {
  const lang = options.lang ?? 'en';
  const t = await translatorFor(lang);
  const { doc, done } = await pdfDocument(`${agenda.eventTitle} – ${agenda.delegateName}`, undefined, lang);
  const width = doc.page.width - 100;
  doc
    .fontSize(9)
    .fillColor('#555')
    .text(agenda.published ? t('documents:agenda.kind') : t('documents:agenda.draft'), { width });
  doc.moveDown(0.3).fontSize(18).fillColor('black').text(agenda.eventTitle, { width });
  doc.fontSize(12).text(`${agenda.delegateName} · ${agenda.organisationName}`, { width });
  doc
    .fontSize(9)
    .fillColor('#555')
    .text(t('documents:agenda.timesIn', { zone: zoneName(agenda.timeZone, intlLocale[lang]) }), { width })
    .fillColor('black');
  doc.moveDown(0.8);
  const zone = agenda.timeZone;
  let day = '';
  for (const item of agenda.items) {
    if (localDay(item.start, zone) !== day) {
      day = localDay(item.start, zone);
      doc
        .moveDown(0.4)
        .fontSize(13)
        .fillColor('#1a4d2e')
        .text(longDay(item.start, zone, lang), 50, undefined, { width })
        .fillColor('black');
    }
    const time = `${localTime(item.start, zone)}–${localTime(item.end, zone)}`;
    if (item.kind === 'break') {
      doc
        .fontSize(10)
        .fillColor('#777')
        .text(`${time}  ${item.label ?? t('documents:agenda.break')}`, 50, undefined, { width })
        .fillColor('black');
    } else if (item.meeting) {
      const m = item.meeting;
      doc.fontSize(10).text(`${time}  ${placeOf(m, t)}: ${others(m, t, agenda.registrationId)}`, 50, undefined, { width });
      if (m.videoUrl)
        doc
          .fontSize(9)
          .fillColor('#1a4d2e')
          .text(t('documents:agenda.video', { url: m.videoUrl }), 90, undefined, { width: width - 40, link: m.videoUrl })
          .fillColor('black');
      if (m.interpreterPair)
        doc
          .fontSize(9)
          .fillColor('#555')
          .text(t('documents:agenda.interpreter', { pair: m.interpreterPair }), 90, undefined, { width: width - 40 })
          .fillColor('black');
    } else {
      doc
        .fontSize(10)
        .fillColor('#999')
        .text(`${time}  ${t('documents:agenda.free')}`, 50, undefined, { width })
        .fillColor('black');
    }
  }
  doc.end();
  return done;
}

/** The delegate's meetings as iCalendar events at UTC instants, so every calendar shows its own local time. */
export async function renderAgendaIcs(agenda: Agenda, options: { host?: string; place?: string | null } & DocumentOptions = {}): Promise<string> {
  const lang = options.lang ?? 'en';
  const t = await translatorFor(lang);
  const calendar = ical({
    name: `${agenda.eventTitle} – ${agenda.delegateName}`,
    prodId: { company: 'Cleantech Bridge', product: 'events', language: lang.toUpperCase() },
  });
  for (const item of agenda.items) {
    const m = item.meeting;
    if (!m) continue;
    calendar.createEvent({
      id: `${agenda.eventId}-${m.requestId}-${agenda.registrationId}@${options.host ?? 'cleantech-bridge'}`,
      start: new Date(m.start),
      end: new Date(m.end),
      summary: t('documents:agenda.meeting', { with: others(m, t, agenda.registrationId) }),
      description: [
        agenda.eventTitle,
        placeOf(m, t),
        m.videoUrl ? t('documents:agenda.video', { url: m.videoUrl }) : '',
        m.interpreterPair ? t('documents:agenda.interpreter', { pair: m.interpreterPair }) : '',
      ]
        .filter(Boolean)
        .join('\n'),
      location: m.online ? m.videoUrl : [options.place, placeOf(m, t)].filter(Boolean).join(', '),
      url: m.videoUrl,
      status: agenda.published ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
    });
  }
  return calendar.toString();
}

type Plan = TablePlan & { title: string };

export async function renderTablePlanPdf(plan: Plan, options: DocumentOptions = {}): Promise<Buffer> {
  const lang = options.lang ?? 'en';
  const t = await translatorFor(lang);
  const { doc, done } = await pdfDocument(t('documents:tablePlan.title', { event: plan.title }), undefined, lang);
  const width = doc.page.width - 100;
  doc.fontSize(9).fillColor('#555').text(t('documents:tablePlan.kind'), { width });
  doc.moveDown(0.3).fontSize(18).fillColor('black').text(plan.title, { width });
  doc
    .fontSize(9)
    .fillColor('#555')
    .text(t('documents:agenda.timesIn', { zone: zoneName(plan.timeZone, intlLocale[lang]) }), { width })
    .fillColor('black');
  for (const slot of plan.slots) {
    doc
      .moveDown(0.6)
      .fontSize(13)
      .fillColor('#1a4d2e')
      .text(span(slot.start, slot.end, plan.timeZone, lang), 50, undefined, { width })
      .fillColor('black');
    if (slot.meetings.length === 0) doc.fontSize(10).fillColor('#999').text(t('documents:tablePlan.noMeetings'), 50, undefined, { width }).fillColor('black');
    for (const m of slot.meetings) {
      const interpreter = m.interpreterPair ? ` · ${t('documents:agenda.interpreter', { pair: m.interpreterPair })}` : '';
      doc.fontSize(10).text(`${placeOf(m, t)}: ${others(m, t)}${interpreter}`, 50, undefined, { width });
    }
  }
  doc.end();
  return done;
}

export async function renderTablePlanXlsx(plan: Plan, options: DocumentOptions = {}): Promise<Buffer> {
  const lang = options.lang ?? 'en';
  const t = await translatorFor(lang);
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Cleantech Bridge';
  const sheet = workbook.addWorksheet(t('documents:tablePlan.kind').slice(0, 31));
  sheet.columns = [
    { header: t('documents:tablePlan.day'), key: 'day', width: 12 },
    { header: t('documents:tablePlan.start', { zone: plan.timeZone }), key: 'start', width: 20 },
    { header: t('documents:tablePlan.end', { zone: plan.timeZone }), key: 'end', width: 20 },
    { header: t('documents:tablePlan.table'), key: 'table', width: 10 },
    { header: t('documents:tablePlan.room'), key: 'room', width: 14 },
    { header: t('documents:tablePlan.participants'), key: 'participants', width: 80 },
    { header: t('documents:tablePlan.interpreter'), key: 'interpreter', width: 12 },
    { header: t('documents:tablePlan.locked'), key: 'locked', width: 8 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const slot of plan.slots) {
    for (const m of slot.meetings) {
      sheet.addRow({
        // A sortable ISO day: spreadsheets sort and filter on it.
        day: localDay(slot.start, plan.timeZone),
        start: localTime(slot.start, plan.timeZone),
        end: localTime(slot.end, plan.timeZone),
        // Names typed by users: never a live formula in the reader's Excel.
        table: m.online ? t('documents:tablePlan.online') : formulaSafe(m.tableName),
        room: formulaSafe(m.room ?? ''),
        participants: formulaSafe(others(m, t)),
        interpreter: formulaSafe(m.interpreterPair ?? ''),
        locked: m.locked ? t('documents:tablePlan.yes') : '',
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
