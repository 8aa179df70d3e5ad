import type { Language } from '../../../shared/api';
import { notificationAnchor, notificationSentences, type Who } from '../../../shared/notification-sentences';

/** What an event notification says, as stored with it (the web renders the same in-app). */
export type NotificationContent =
  | { kind: 'request-received'; params: { requestId: string; name: string; organisation: string; priority: 'must-meet' | 'would-like-to'; message: string } }
  | { kind: 'request-answered'; params: { requestId: string; answer: 'accepted' | 'declined' | 'mutual'; name: string; organisation: string } }
  | { kind: 'agenda-published'; params: Record<string, never> }
  | { kind: 'agenda-changed'; params: { cause: 'withdrawal'; name: string; organisation: string } | { cause: 'rescheduled' } };

/** Subjects per language; the bodies are the in-app sentences (shared/notification-sentences). */
type MailSubjects = {
  requestReceived: (w: Who) => string;
  requestAnswered: Record<'accepted' | 'declined' | 'mutual', (w: Who) => string>;
  agendaPublished: (event: string) => string;
  agendaChanged: (event: string) => string;
  openRequest: string;
  openAgenda: string;
};

const subjects: Record<Language, MailSubjects> = {
  en: {
    requestReceived: (w) => `Meeting request from ${w.name}`,
    requestAnswered: {
      accepted: (w) => `Meeting request accepted by ${w.name}`,
      declined: (w) => `Meeting request declined by ${w.name}`,
      mutual: (w) => `Meeting accepted: ${w.name}`,
    },
    agendaPublished: (e) => `Your agenda for ${e}`,
    agendaChanged: (e) => `Your agenda for ${e} changed`,
    openRequest: 'Open the request:',
    openAgenda: 'Open your agenda:',
  },
  nl: {
    requestReceived: (w) => `Gespreksverzoek van ${w.name}`,
    requestAnswered: {
      accepted: (w) => `Gespreksverzoek geaccepteerd door ${w.name}`,
      declined: (w) => `Gespreksverzoek afgewezen door ${w.name}`,
      mutual: (w) => `Gesprek geaccepteerd: ${w.name}`,
    },
    agendaPublished: (e) => `Je agenda voor ${e}`,
    agendaChanged: (e) => `Je agenda voor ${e} is gewijzigd`,
    openRequest: 'Open het verzoek:',
    openAgenda: 'Open je agenda:',
  },
  zh: {
    requestReceived: (w) => `来自${w.name}的会面请求`,
    requestAnswered: {
      accepted: (w) => `${w.name}接受了会面请求`,
      declined: (w) => `${w.name}拒绝了会面请求`,
      mutual: (w) => `会面已确认：${w.name}`,
    },
    agendaPublished: (e) => `您在${e}的日程`,
    agendaChanged: (e) => `您在${e}的日程有变动`,
    openRequest: '查看会面请求：',
    openAgenda: '查看您的日程：',
  },
};

/** Where a notification leads in the web app (the anchors of EventPage), as an absolute link. */
export function notificationLink(content: NotificationContent, publicUrl: string, eventId: string, registrationId: string): string {
  const requestId = 'requestId' in content.params ? content.params.requestId : undefined;
  return `${publicUrl}/events/${encodeURIComponent(eventId)}#${notificationAnchor(registrationId, requestId)}`;
}

/**
 * The e-mail of a notification in `language`, ending with `link` on a line of its own when
 * given. The English one without a link is also stored as the in-app fallback.
 */
export function notificationMail(content: NotificationContent, eventTitle: string, language: Language, link?: string): { subject: string; text: string } {
  const t = subjects[language];
  const mail = message(t, notificationSentences[language], content, eventTitle);
  if (!link) return mail;
  return { subject: mail.subject, text: `${mail.text}\n\n${'requestId' in content.params ? t.openRequest : t.openAgenda}\n${link}` };
}

function message(t: MailSubjects, say: (typeof notificationSentences)[Language], content: NotificationContent, eventTitle: string): { subject: string; text: string } {
  switch (content.kind) {
    case 'request-received': {
      const w = { ...content.params, event: eventTitle };
      const text = say.requestReceived(w, content.params.priority === 'must-meet');
      // The requester's own words follow unchanged: they are not ours to translate.
      return { subject: t.requestReceived(w), text: content.params.message ? `${text}\n\n${content.params.message}` : text };
    }
    case 'request-answered': {
      const w = { ...content.params, event: eventTitle };
      return { subject: t.requestAnswered[content.params.answer](w), text: say.requestAnswered[content.params.answer](w) };
    }
    case 'agenda-published':
      return { subject: t.agendaPublished(eventTitle), text: say.agendaPublished(eventTitle) };
    case 'agenda-changed': {
      const p = content.params;
      const text = p.cause === 'withdrawal' ? say.agendaWithdrawal({ ...p, event: eventTitle }) : say.agendaRescheduled(eventTitle);
      return { subject: t.agendaChanged(eventTitle), text };
    }
  }
}
