// A delegate's agenda: every slot of the event with the delegate's meeting in it, if any.
import { ErrorCode } from '../../../shared/api';
import type { Agenda } from '../../../shared/api';
import type { Viewer } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { forbidden, notFound } from '../../errors';
import type { RegistrationRow } from './events.repository';
import { actsFor, participantsOf } from './event-rules';
import { type EventData, loadEventData, meetingView } from './meeting-views';

export async function agenda(db: Db, viewer: Viewer, eventId: string, registrationId: string): Promise<Agenda> {
  const data = await loadEventData(db, eventId);
  const reg = data.regs.get(registrationId);
  if (!reg) throw notFound('Registration', registrationId);
  if (!actsFor(viewer, reg)) throw forbidden(ErrorCode.ownOrganisationOnly, 'You may see your own organisation’s agendas only');
  return agendaOf(data, reg);
}

/** The agenda of a delegate, without access checks (the calendar feed's secret is its own check). */
export async function agendaOfRegistration(db: DbOrTx, reg: Pick<RegistrationRow, 'eventId' | 'id'>): Promise<Agenda> {
  const data = await loadEventData(db, reg.eventId);
  return agendaOf(data, data.regs.get(reg.id)!);
}

function agendaOf(data: EventData, reg: RegistrationRow): Agenda {
  const registrationId = reg.id;
  const eventId = data.event.id;
  const mine = new Map(data.meetings.filter((m) => participantsOf(data.requests.get(m.requestId)!).includes(registrationId)).map((m) => [m.slotId, m]));
  return {
    eventId,
    eventTitle: data.event.title,
    timeZone: data.event.timeZone,
    registrationId,
    delegateName: reg.delegateName,
    organisationName: reg.organisationName,
    published: data.event.publishedAt !== null,
    items: data.event.slots.map((s) => {
      const m = mine.get(s.id);
      return { slotId: s.id, start: s.start, end: s.end, kind: s.kind, label: s.label, meeting: m ? meetingView(data, m) : null };
    }),
  };
}
