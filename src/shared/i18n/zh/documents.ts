import type { DocumentTexts } from '../en/documents';

export const documents: DocumentTexts = {
  agenda: {
    kind: '日程',
    draft: '日程（草稿：组织方仍可能修改）',
    timesIn: '时间按{{zone}}时区',
    break: '休息',
    free: '空闲',
    video: '视频：{{url}}',
    interpreter: '翻译：{{pair}}',
    meeting: '会谈：{{with}}',
  },
  place: {
    online: '线上（视频通话）',
    table: '{{table}}号桌',
    tableInRoom: '{{table}}号桌（{{room}}）',
  },
  tablePlan: {
    kind: '桌位安排',
    title: '{{event}} – 桌位安排',
    noMeetings: '无会谈',
    day: '日期',
    start: '开始（{{zone}}）',
    end: '结束（{{zone}}）',
    table: '桌号',
    room: '会议室',
    participants: '参会者',
    interpreter: '翻译',
    locked: '已锁定',
    yes: '是',
    online: '线上',
  },
};
