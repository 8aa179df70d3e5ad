// Badges to print: one A6 page per delegate with the event, the name as typed (Latin and Chinese
// script in the shipped Noto Sans SC every PDF uses), the organisation, and a QR code carrying the signed
// check-in code, which is also printed under it for typing at the desk.
import { ErrorCode } from '../../../shared/api';
import QRCode from 'qrcode';
import type { Viewer } from '../../actor';
import type { Db } from '../../db/open-database';
import { forbidden, notFound } from '../../errors';
import { checkInCodeOf } from './check-in-code';
import { pdfDocument } from '../../documents/pdf';
import * as repo from './events.repository';
import { actsFor, getEvent } from './events.service';

type Badge = { delegateName: string; organisationName: string; code: string };
const badgeOf = (key: Buffer, eventId: string, r: { id: string; delegateName: string; organisationName: string }): Badge => ({
  delegateName: r.delegateName,
  organisationName: r.organisationName,
  code: checkInCodeOf(key, eventId, r.id),
});

/** One delegate's badge, for the delegate's organisation or the organisers. */
export async function badgeOfRegistration(db: Db, viewer: Viewer, eventId: string, registrationId: string, key: Buffer): Promise<Buffer> {
  const event = await getEvent(db, eventId);
  const reg = await repo.findRegistration(db, event.id, registrationId);
  if (!reg) throw notFound('Registration', registrationId);
  if (!actsFor(viewer, reg)) throw forbidden(ErrorCode.ownOrganisationOnly, 'Badges of your own organisation’s delegates only');
  return renderBadgesPdf(event.title, [badgeOf(key, event.id, reg)]);
}

/** The badges of every registered delegate (not cancelled, waitlisted or awaiting approval). */
export async function badgesOfEvent(db: Db, eventId: string, key: Buffer): Promise<Buffer> {
  const event = await getEvent(db, eventId);
  const regs = (await repo.listRegistrations(db, event.id)).filter((r) => r.status === 'registered');
  return renderBadgesPdf(
    event.title,
    regs.map((r) => badgeOf(key, event.id, r)),
  );
}

async function renderBadgesPdf(eventTitle: string, badges: Badge[]): Promise<Buffer> {
  const { doc, done } = await pdfDocument(`${eventTitle} – badges`, { size: 'A6', margin: 24 });
  for (const badge of badges) {
    // The document opens with a page; every further badge starts its own (the font carries over).
    if (badge !== badges[0]) doc.addPage();
    const width = doc.page.width - 48;
    doc.fontSize(9).fillColor('#1a4d2e').text(eventTitle, { width, align: 'center' }).fillColor('black');
    doc.moveDown(0.8).fontSize(20).text(badge.delegateName, { width, align: 'center' });
    doc.moveDown(0.2).fontSize(11).fillColor('#333').text(badge.organisationName, { width, align: 'center' }).fillColor('black');
    const qr = await QRCode.toBuffer(badge.code, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
    const size = 120;
    doc.image(qr, (doc.page.width - size) / 2, doc.y + 12, { width: size, height: size });
    doc.y += size + 18;
    doc.fontSize(12).text(badge.code, 24, doc.y, { width, align: 'center', characterSpacing: 1 });
  }
  if (badges.length === 0) doc.fontSize(10).text('No registrations yet.');
  doc.end();
  return done;
}
