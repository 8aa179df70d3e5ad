import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { Language, Notification } from '../../../shared/api/index';
import { notificationAnchor } from '../../../shared/notification-anchor';
import { followUpMessage } from '../follow-up/follow-up-message';

export type NotificationItem = z.infer<typeof Notification>;
/** What the list shows of one notification: a sentence in the UI language and where it leads. */
export type NotificationMessage = { text: string; note: string | null; link: { to: string; label: string } | null };

const enc = encodeURIComponent;

/**
 * Renders a notification from its kind and parameters. Kinds (or older rows without parameters)
 * the web does not know fall back to the English text the server stored for the e-mail. The
 * sentences are the catalogue's (namespace `notifications`), the same the server's e-mails say.
 */
export function notificationMessage(n: NotificationItem, language: Language, t: TFunction): NotificationMessage {
  const p = n.params;
  const fallback: NotificationMessage = {
    text: `${n.subject}. ${n.text}`,
    note: null,
    link: n.eventId ? { to: `/events/${enc(n.eventId)}`, label: n.subject } : null,
  };
  const followUp = followUpMessage(n, language, t);
  if (followUp) return followUp;
  if (!n.eventId || !p.eventTitle || !p.registrationId) return fallback;
  const event = `/events/${enc(n.eventId)}`;
  const who = { name: p.name ?? '', organisation: p.organisation ?? '', event: p.eventTitle };
  const toRequest = p.requestId ? { to: `${event}#${notificationAnchor(p.registrationId, p.requestId)}`, label: t('notifications:openRequest') } : null;
  const toAgenda = { to: `${event}#${notificationAnchor(p.registrationId)}`, label: t('notifications:openAgenda') };
  switch (n.kind) {
    case 'request-received':
      return {
        text: t(p.priority === 'must-meet' ? 'notifications:event.requestReceivedMustMeet' : 'notifications:event.requestReceived', who),
        note: p.message || null,
        link: toRequest,
      };
    case 'request-answered': {
      const answer = p.answer === 'accepted' || p.answer === 'declined' || p.answer === 'mutual' ? p.answer : null;
      return answer ? { text: t(`notifications:event.answer.${answer}`, who), note: null, link: toRequest } : fallback;
    }
    case 'agenda-published':
      return { text: t('notifications:event.agendaPublished', who), note: null, link: toAgenda };
    case 'agenda-changed':
      return {
        text: t(p.cause === 'withdrawal' ? 'notifications:event.agendaWithdrawal' : 'notifications:event.agendaRescheduled', who),
        note: null,
        link: toAgenda,
      };
    default:
      return fallback;
  }
}
