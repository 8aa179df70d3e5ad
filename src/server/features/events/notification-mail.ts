import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/api';
import { translatorFor } from '../../../shared/i18n';
import { notificationAnchor } from '../../../shared/notification-anchor';

/** What an event notification says, as stored with it (the web renders the same in-app). */
export type NotificationContent =
  | { kind: 'request-received'; params: { requestId: string; name: string; organisation: string; priority: 'must-meet' | 'would-like-to'; message: string } }
  | { kind: 'request-answered'; params: { requestId: string; answer: 'accepted' | 'declined' | 'mutual'; name: string; organisation: string } }
  | { kind: 'agenda-published'; params: Record<string, never> }
  | { kind: 'agenda-changed'; params: { cause: 'withdrawal'; name: string; organisation: string } | { cause: 'rescheduled' } };

/** Where a notification leads in the web app (the anchors of EventPage), as an absolute link. */
export function notificationLink(content: NotificationContent, publicUrl: string, eventId: string, registrationId: string): string {
  const requestId = 'requestId' in content.params ? content.params.requestId : undefined;
  return `${publicUrl}/events/${encodeURIComponent(eventId)}#${notificationAnchor(registrationId, requestId)}`;
}

/**
 * The e-mail of a notification in `language`, ending with `link` on a line of its own when
 * given. The English one without a link is also stored as the in-app fallback. The body is the
 * in-app sentence (namespace `notifications`), the subject and link line are the mail's.
 */
export async function notificationMail(
  content: NotificationContent,
  eventTitle: string,
  language: Language,
  link?: string,
): Promise<{ subject: string; text: string }> {
  const t = await translatorFor(language);
  const mail = message(t, content, eventTitle);
  if (!link) return mail;
  return { subject: mail.subject, text: `${mail.text}\n\n${t('requestId' in content.params ? 'mail:event.openRequest' : 'mail:event.openAgenda')}\n${link}` };
}

function message(t: TFunction, content: NotificationContent, event: string): { subject: string; text: string } {
  switch (content.kind) {
    case 'request-received': {
      const p = content.params;
      const who = { name: p.name, organisation: p.organisation, event };
      const text = t(p.priority === 'must-meet' ? 'notifications:event.requestReceivedMustMeet' : 'notifications:event.requestReceived', who);
      // The requester's own words follow unchanged: they are not ours to translate.
      return { subject: t('mail:event.requestReceived', who), text: p.message ? `${text}\n\n${p.message}` : text };
    }
    case 'request-answered': {
      const p = content.params;
      const who = { name: p.name, organisation: p.organisation, event };
      return { subject: t(`mail:event.answer.${p.answer}`, who), text: t(`notifications:event.answer.${p.answer}`, who) };
    }
    case 'agenda-published':
      return { subject: t('mail:event.agendaPublished', { event }), text: t('notifications:event.agendaPublished', { event }) };
    case 'agenda-changed': {
      const p = content.params;
      const text =
        p.cause === 'withdrawal'
          ? t('notifications:event.agendaWithdrawal', { name: p.name, organisation: p.organisation, event })
          : t('notifications:event.agendaRescheduled', { event });
      return { subject: t('mail:event.agendaChanged', { event }), text };
    }
  }
}
