import type { Language } from '../../../shared/api';

/** What an event notification says, as stored with it (the web renders the same in-app). */
export type NotificationContent =
  | { kind: 'request-received'; params: { requestId: string; name: string; organisation: string; priority: 'must-meet' | 'would-like-to'; message: string } }
  | { kind: 'request-answered'; params: { requestId: string; answer: 'accepted' | 'declined' | 'mutual'; name: string; organisation: string } }
  | { kind: 'agenda-published'; params: Record<string, never> }
  | { kind: 'agenda-changed'; params: { cause: 'withdrawal'; name: string; organisation: string } | { cause: 'rescheduled' } };

type Who = { name: string; organisation: string; event: string };

/**
 * Subject and body of each kind per language. Only the strings differ; `notificationMail`
 * picks them the same way for every language.
 */
type MailTexts = {
  requestReceived: { subject: (w: Who) => string; text: (w: Who, mustMeet: boolean) => string };
  requestAnswered: Record<'accepted' | 'declined' | 'mutual', { subject: (w: Who) => string; text: (w: Who) => string }>;
  agendaPublished: { subject: (event: string) => string; text: (event: string) => string };
  agendaChanged: { subject: (event: string) => string; withdrawal: (w: Who) => string; rescheduled: (event: string) => string };
  openRequest: string;
  openAgenda: string;
};

const texts: Record<Language, MailTexts> = {
  en: {
    requestReceived: {
      subject: (w) => `Meeting request from ${w.name}`,
      text: (w, mustMeet) => `${w.name} (${w.organisation}) asks to meet you at ${w.event}${mustMeet ? ' (must meet)' : ''}.`,
    },
    requestAnswered: {
      accepted: { subject: (w) => `Meeting request accepted by ${w.name}`, text: (w) => `${w.name} (${w.organisation}) accepted your meeting request at ${w.event}.` },
      declined: { subject: (w) => `Meeting request declined by ${w.name}`, text: (w) => `${w.name} (${w.organisation}) declined your meeting request at ${w.event}.` },
      mutual: { subject: (w) => `Meeting accepted: ${w.name}`, text: (w) => `${w.name} (${w.organisation}) also asked to meet you at ${w.event}: the meeting is accepted.` },
    },
    agendaPublished: { subject: (e) => `Your agenda for ${e}`, text: (e) => `The meeting schedule of ${e} is published; see your agenda.` },
    agendaChanged: {
      subject: (e) => `Your agenda for ${e} changed`,
      withdrawal: (w) => `${w.name} (${w.organisation}) will not attend; a meeting was removed from your agenda.`,
      rescheduled: (e) => `The organiser re-scheduled the meetings of ${e}; see your updated agenda.`,
    },
    openRequest: 'Open the request:',
    openAgenda: 'Open your agenda:',
  },
  nl: {
    requestReceived: {
      subject: (w) => `Gespreksverzoek van ${w.name}`,
      text: (w, mustMeet) => `${w.name} (${w.organisation}) wil je spreken op ${w.event}${mustMeet ? ' (moet spreken)' : ''}.`,
    },
    requestAnswered: {
      accepted: { subject: (w) => `Gespreksverzoek geaccepteerd door ${w.name}`, text: (w) => `${w.name} (${w.organisation}) heeft je gespreksverzoek voor ${w.event} geaccepteerd.` },
      declined: { subject: (w) => `Gespreksverzoek afgewezen door ${w.name}`, text: (w) => `${w.name} (${w.organisation}) heeft je gespreksverzoek voor ${w.event} afgewezen.` },
      mutual: { subject: (w) => `Gesprek geaccepteerd: ${w.name}`, text: (w) => `${w.name} (${w.organisation}) wil je ook spreken op ${w.event}: het gesprek is geaccepteerd.` },
    },
    agendaPublished: { subject: (e) => `Je agenda voor ${e}`, text: (e) => `Het gespreksrooster van ${e} is gepubliceerd; bekijk je agenda.` },
    agendaChanged: {
      subject: (e) => `Je agenda voor ${e} is gewijzigd`,
      withdrawal: (w) => `${w.name} (${w.organisation}) komt niet; er is een gesprek uit je agenda verwijderd.`,
      rescheduled: (e) => `De organisator heeft de gesprekken van ${e} opnieuw ingepland; bekijk je gewijzigde agenda.`,
    },
    openRequest: 'Open het verzoek:',
    openAgenda: 'Open je agenda:',
  },
  zh: {
    requestReceived: {
      subject: (w) => `来自${w.name}的会面请求`,
      text: (w, mustMeet) => `${w.name}（${w.organisation}）希望在${w.event}与您会面${mustMeet ? '（必须会面）' : ''}。`,
    },
    requestAnswered: {
      accepted: { subject: (w) => `${w.name}接受了会面请求`, text: (w) => `${w.name}（${w.organisation}）接受了您在${w.event}的会面请求。` },
      declined: { subject: (w) => `${w.name}拒绝了会面请求`, text: (w) => `${w.name}（${w.organisation}）拒绝了您在${w.event}的会面请求。` },
      mutual: { subject: (w) => `会面已确认：${w.name}`, text: (w) => `${w.name}（${w.organisation}）也希望在${w.event}与您会面：会面已确认。` },
    },
    agendaPublished: { subject: (e) => `您在${e}的日程`, text: (e) => `${e}的会面日程已发布；请查看您的日程。` },
    agendaChanged: {
      subject: (e) => `您在${e}的日程有变动`,
      withdrawal: (w) => `${w.name}（${w.organisation}）不参加；您日程中的一场会面已取消。`,
      rescheduled: (e) => `组织方重新安排了${e}的会面；请查看更新后的日程。`,
    },
    openRequest: '查看会面请求：',
    openAgenda: '查看您的日程：',
  },
};

/** Where a notification leads in the web app (the anchors of EventPage), as an absolute link. */
export function notificationLink(content: NotificationContent, publicUrl: string, eventId: string, registrationId: string): string {
  const enc = encodeURIComponent;
  const anchor = 'requestId' in content.params ? `request-${enc(registrationId)}-${enc(content.params.requestId)}` : `agenda-${enc(registrationId)}`;
  return `${publicUrl}/events/${enc(eventId)}#${anchor}`;
}

/**
 * The e-mail of a notification in `language`, ending with `link` on a line of its own when
 * given. The English one without a link is also stored as the in-app fallback.
 */
export function notificationMail(content: NotificationContent, eventTitle: string, language: Language, link?: string): { subject: string; text: string } {
  const t = texts[language];
  const mail = message(t, content, eventTitle);
  if (!link) return mail;
  return { subject: mail.subject, text: `${mail.text}\n\n${'requestId' in content.params ? t.openRequest : t.openAgenda}\n${link}` };
}

function message(t: MailTexts, content: NotificationContent, eventTitle: string): { subject: string; text: string } {
  switch (content.kind) {
    case 'request-received': {
      const w = { ...content.params, event: eventTitle };
      const text = t.requestReceived.text(w, content.params.priority === 'must-meet');
      // The requester's own words follow unchanged: they are not ours to translate.
      return { subject: t.requestReceived.subject(w), text: content.params.message ? `${text}\n\n${content.params.message}` : text };
    }
    case 'request-answered': {
      const w = { ...content.params, event: eventTitle };
      const answer = t.requestAnswered[content.params.answer];
      return { subject: answer.subject(w), text: answer.text(w) };
    }
    case 'agenda-published':
      return { subject: t.agendaPublished.subject(eventTitle), text: t.agendaPublished.text(eventTitle) };
    case 'agenda-changed': {
      const p = content.params;
      const text = p.cause === 'withdrawal' ? t.agendaChanged.withdrawal({ ...p, event: eventTitle }) : t.agendaChanged.rescheduled(eventTitle);
      return { subject: t.agendaChanged.subject(eventTitle), text };
    }
  }
}
