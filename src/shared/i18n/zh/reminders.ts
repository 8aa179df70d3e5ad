import type { ReminderTexts } from '../en/reminders';

export const reminders: ReminderTexts = {
  requestsWaiting: {
    // Chinese has no plural forms: i18next uses _other for every count; _one mirrors it.
    subject_one: '有 {{count}} 个会面请求等待您答复：{{event}}',
    subject_other: '有 {{count}} 个会面请求等待您答复：{{event}}',
    body_one: '{{count}} 位参会者希望在{{event}}与您会面：{{from}}。请在{{deadline}}之前接受或拒绝：届时未答复的请求将失效。',
    body_other: '{{count}} 位参会者希望在{{event}}与您会面：{{from}}。请在{{deadline}}之前接受或拒绝：届时未答复的请求将失效。',
  },
  noMeetingsYet: {
    subject: '您在{{event}}还没有会面',
    body: '您尚未为{{event}}发出或收到任何会面请求。请浏览其他参会者，并在{{deadline}}之前发出请求；此后组织方将安排会面。',
  },
  meetingSoon: {
    subject: '您与{{with}}的会面将于{{time}}开始',
    atTable: '您在{{event}}与{{with}}的会面将于{{time}}开始，地点：{{table}}号桌。',
    atTableInRoom: '您在{{event}}与{{with}}的会面将于{{time}}开始，地点：{{table}}号桌（{{room}}）。',
    online: '您在{{event}}与{{with}}的会面将于{{time}}开始，以视频通话方式进行：',
  },
  open: {
    event: '查看活动：',
    privateLink: '请使用报名邮件中的专属链接答复请求、查看日程或修改报名信息。',
  },
  optOut: {
    account: '您收到这些提醒，是因为您参加{{event}}。如不想再收到，请在活动页面关闭"邮件提醒"。',
    privateLink: '您收到这些提醒，是因为您报名参加了{{event}}。如不想再收到，请在您的专属报名链接页面关闭"邮件提醒"。',
  },
};
