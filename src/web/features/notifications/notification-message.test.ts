import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { translatorFor } from '../../../shared/i18n/index';
import { type NotificationItem, notificationMessage } from './notification-message';

const base: NotificationItem = {
  id: 'n1',
  eventId: 'h2',
  kind: 'agenda-changed',
  params: { eventTitle: 'Hydrogen matchmaking', registrationId: 'r1', cause: 'withdrawal', name: '王芳', organisation: 'Org Z' },
  subject: 'Your agenda for Hydrogen matchmaking changed',
  text: '王芳 (Org Z) will not attend; a meeting was removed from your agenda.',
  createdAt: '2030-01-01T00:00:00.000Z',
  readAt: null,
};

let nl: TFunction;
let zh: TFunction;
beforeAll(async () => {
  nl = await translatorFor('nl');
  zh = await translatorFor('zh');
});

describe('notificationMessage', () => {
  it('renders the kind and its parameters in the reader’s language, linking to the recipient’s agenda', () => {
    expect(notificationMessage(base, 'nl', nl)).toEqual({
      text: '王芳 (Org Z) komt niet naar Hydrogen matchmaking; er is een gesprek uit je agenda verwijderd.',
      note: null,
      link: { to: '/events/h2#agenda-r1', label: 'Open je agenda' },
    });
  });

  it('links a request to that request in the recipient delegate’s inbox', () => {
    const answered = { ...base, kind: 'request-answered', params: { ...base.params, answer: 'declined', requestId: 'q 1' } };
    expect(notificationMessage(answered, 'zh', zh)).toMatchObject({
      text: '王芳（Org Z）拒绝了您在Hydrogen matchmaking的会面请求。',
      link: { to: '/events/h2#request-r1-q%201', label: '查看会面请求' },
    });
  });

  it('falls back to the stored English text for rows from before parameters and for unknown kinds or answers', () => {
    for (const n of [
      { ...base, params: {} },
      { ...base, kind: 'something-new' },
      { ...base, kind: 'request-answered', params: { ...base.params, answer: 'maybe' } },
    ]) {
      expect(notificationMessage(n, 'zh', zh)).toEqual({
        text: `${base.subject}. ${base.text}`,
        note: null,
        link: { to: '/events/h2', label: base.subject },
      });
    }
  });
});
