// Follow-up notifications: in the app (kind + params, rendered in the reader's language) and by
// e-mail in the recipient's language with an absolute link to the opportunity.
import { type Language, type LocalizedText, pickText } from '../../../shared/api';
import { type FollowUpNoticeKind, type NoticeParams } from '../../../shared/follow-up-notices';
import { translatorFor } from '../../../shared/i18n';
import type { DbOrTx } from '../../db/open-database';
import { type Recipient, sendNoticesOnce } from '../notifications/send-notifications';

async function mail(kind: FollowUpNoticeKind, params: NoticeParams, language: Language, link?: string) {
  const t = await translatorFor(language);
  const words = params.message ? `\n\n${params.message}` : '';
  const text = `${t(`notifications:followUp.${kind}`, params)}${words}${link ? `\n\n${t('mail:followUp.openOpportunity')}\n${link}` : ''}`;
  return { subject: t(`mail:followUp.subject.${kind}`, params), text };
}

/**
 * Tells each recipient once: `key` names what the notice is about (the same key on a rerun by
 * another instance writes nothing). Returns how many were told.
 */
export async function notifyUsers(
  tx: DbOrTx,
  publicUrl: string,
  to: Recipient[],
  notice: { kind: FollowUpNoticeKind; key: string; params: Omit<NoticeParams, 'opportunityTitle'>; title: LocalizedText },
): Promise<number> {
  const inLanguage = (language: Language): NoticeParams => ({ ...notice.params, opportunityTitle: pickText(notice.title, language).text });
  const link = `${publicUrl}/opportunities/${encodeURIComponent(notice.params.opportunityId)}`;
  // The original title, and each translation as title_<lang>, so the web shows the reader's.
  const translations = Object.fromEntries((['nl', 'en', 'zh'] as const).flatMap((l) => (notice.title[l] ? [[`title_${l}`, notice.title[l]]] : [])));
  const params = Object.fromEntries(Object.entries({ ...inLanguage(notice.title.original), ...translations }).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  const english = await mail(notice.kind, inLanguage('en'), 'en');
  return sendNoticesOnce(
    tx,
    await Promise.all(
      to.map(async (r) => ({
        to: r,
        notice: {
          id: `${notice.kind}-${notice.key}-${r.id}`,
          kind: notice.kind,
          params,
          english,
          mail: await mail(notice.kind, inLanguage(r.language), r.language, link),
        },
      })),
    ),
  );
}
