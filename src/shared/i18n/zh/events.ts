import type { EventMessages } from '../en/events';

export const events: EventMessages = {
  confirm: {
    publishTitle: '发布日程？',
    publish_one: '此操作将发布日程，锁定已安排的 {{meetings}} 场会谈，并向 {{count}} 位参会代表发送日程邮件。邮件发出后无法撤回。',
    publish_other: '此操作将发布日程，锁定已安排的 {{meetings}} 场会谈，并向 {{count}} 位参会代表发送日程邮件。邮件发出后无法撤回。',
    publishYes: '确认发布并发送邮件',
    noShowTitle: '将 {{name}} 标记为未到场？',
    noShow_one: '此操作将取消其尚未开始的 {{count}} 场会谈，并通知会谈对方。已举行的会谈仍保留记录。',
    noShow_other: '此操作将取消其尚未开始的 {{count}} 场会谈，并通知会谈对方。已举行的会谈仍保留记录。',
    noShowNone: '该代表没有尚未开始的会谈，将被记为未到场。',
    noShowYes: '确认标记为未到场',
  },
};
