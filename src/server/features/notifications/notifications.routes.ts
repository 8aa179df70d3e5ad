import { z } from 'zod';
import { NotificationList, NotificationReadInput } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { userOf } from '../../plugins/access';
import { myNotifications } from './list-notifications';
import { markNotificationsRead } from './mark-notifications-read';

const tags = ['notifications'];

/** The signed-in user's notifications, written by the events and follow-up features. */
export function notificationRoutes(app: App, { db, accounts }: { db: Db; accounts: { now: () => Date } }) {
  app.get('/api/notifications', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'Your notifications (requests received and answered, agendas published or changed)',
      response: { 200: NotificationList, ...errorResponses },
    },
    handler: (req) => myNotifications(db, userOf(req)),
  });
  app.post('/api/notifications/read', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'Mark your notifications read: those listed in `ids`, or all',
      body: NotificationReadInput,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (req, reply) => {
      await markNotificationsRead(db, userOf(req), accounts.now(), req.body.ids);
      return reply.code(204).send(null);
    },
  });
}
