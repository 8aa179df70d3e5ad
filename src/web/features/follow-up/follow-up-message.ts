import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { Language, Notification } from '../../../shared/api/index';
import { type FollowUpNoticeKind, followUpNoticeKinds } from '../../../shared/follow-up-notices';

const enc = encodeURIComponent;
const isFollowUpKind = (kind: string): kind is FollowUpNoticeKind => (followUpNoticeKinds as readonly string[]).includes(kind);

/** A follow-up notification (interest, alert, expiry) in the reader's language, leading to the opportunity; null for other kinds. */
export function followUpMessage(n: z.infer<typeof Notification>, language: Language, t: TFunction) {
  if (!isFollowUpKind(n.kind) || !n.params.opportunityId) return null;
  const p = {
    opportunityId: n.params.opportunityId,
    opportunityTitle: n.params[`title_${language}`] ?? n.params.opportunityTitle ?? '',
    organisation: n.params.organisation,
    expiresOn: n.params.expiresOn,
  };
  return {
    text: t(`notifications:followUp.${n.kind}`, p),
    note: n.params.message || null,
    link: { to: `/opportunities/${enc(p.opportunityId)}`, label: t('notifications:openOpportunity') },
  };
}
