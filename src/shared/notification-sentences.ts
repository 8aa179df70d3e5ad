// What an event notification says, per language: one table for the in-app list (web) and the
// e-mail body (server), so the two never drift apart. Names and the event title are the
// organisations' own words and go in untranslated.
import type { Language } from './api/localized-text';

export type Who = { name: string; organisation: string; event: string };

export type NotificationSentences = {
  requestReceived: (w: Who, mustMeet: boolean) => string;
  requestAnswered: Record<'accepted' | 'declined' | 'mutual', (w: Who) => string>;
  agendaPublished: (event: string) => string;
  agendaRescheduled: (event: string) => string;
  agendaWithdrawal: (w: Who) => string;
};

export const notificationSentences: Record<Language, NotificationSentences> = {
  en: {
    requestReceived: (w, mustMeet) => `${w.name} (${w.organisation}) asks to meet you at ${w.event}${mustMeet ? ' (must meet)' : ''}.`,
    requestAnswered: {
      accepted: (w) => `${w.name} (${w.organisation}) accepted your meeting request at ${w.event}.`,
      declined: (w) => `${w.name} (${w.organisation}) declined your meeting request at ${w.event}.`,
      mutual: (w) => `${w.name} (${w.organisation}) also asked to meet you at ${w.event}: the meeting is accepted.`,
    },
    agendaPublished: (event) => `The meeting schedule of ${event} is published.`,
    agendaRescheduled: (event) => `The organiser re-scheduled the meetings of ${event}; your agenda changed.`,
    agendaWithdrawal: (w) => `${w.name} (${w.organisation}) will not attend ${w.event}; a meeting was removed from your agenda.`,
  },
  nl: {
    requestReceived: (w, mustMeet) => `${w.name} (${w.organisation}) wil je spreken op ${w.event}${mustMeet ? ' (moet spreken)' : ''}.`,
    requestAnswered: {
      accepted: (w) => `${w.name} (${w.organisation}) heeft je gespreksverzoek voor ${w.event} geaccepteerd.`,
      declined: (w) => `${w.name} (${w.organisation}) heeft je gespreksverzoek voor ${w.event} afgewezen.`,
      mutual: (w) => `${w.name} (${w.organisation}) wil je ook spreken op ${w.event}: het gesprek is geaccepteerd.`,
    },
    agendaPublished: (event) => `Het gespreksrooster van ${event} is gepubliceerd.`,
    agendaRescheduled: (event) => `De organisator heeft de gesprekken van ${event} opnieuw ingepland; je agenda is gewijzigd.`,
    agendaWithdrawal: (w) => `${w.name} (${w.organisation}) komt niet naar ${w.event}; er is een gesprek uit je agenda verwijderd.`,
  },
  zh: {
    requestReceived: (w, mustMeet) => `${w.name}（${w.organisation}）希望在${w.event}与您会面${mustMeet ? '（必须会面）' : ''}。`,
    requestAnswered: {
      accepted: (w) => `${w.name}（${w.organisation}）接受了您在${w.event}的会面请求。`,
      declined: (w) => `${w.name}（${w.organisation}）拒绝了您在${w.event}的会面请求。`,
      mutual: (w) => `${w.name}（${w.organisation}）也希望在${w.event}与您会面：会面已确认。`,
    },
    agendaPublished: (event) => `${event}的会面日程已发布。`,
    agendaRescheduled: (event) => `组织方重新安排了${event}的会面；您的日程有变动。`,
    agendaWithdrawal: (w) => `${w.name}（${w.organisation}）不参加${w.event}；您日程中的一场会面已取消。`,
  },
};

/** Where a notification leads on the event page: the request in the recipient delegate's inbox,
 *  or that delegate's agenda (the anchors EventPage renders). */
export function notificationAnchor(registrationId: string, requestId?: string): string {
  const enc = encodeURIComponent;
  return requestId ? `request-${enc(registrationId)}-${enc(requestId)}` : `agenda-${enc(registrationId)}`;
}
