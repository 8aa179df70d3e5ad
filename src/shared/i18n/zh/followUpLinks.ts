import type { FollowUpLinksTexts } from '../en/followUpLinks';

export const followUpLinks: FollowUpLinksTexts = {
  origins: {
    match: '来自匹配 <organisation>{{organisation}}</organisation> ↔ <opportunity>{{opportunity}}</opportunity>',
    meeting: '来自 <event>{{event}}</event> 上的会谈',
    signedOn: '记录于 {{date}}',
  },
  lead: {
    startProject: '发起合作项目',
    fromMatch: '本项目由匹配 {{organisation}} ↔ {{opportunity}} 发起；项目页面将显示其来源。',
    fromMeeting: '本项目由 {{event}} 上的一次会谈发起；项目页面将显示其来源。',
  },
  task: {
    newTask: '新建任务',
    title: '新建跟进任务',
    about: '关于',
    taskTitle: '需要做什么',
    dueOn: '截止日期',
    create: '创建任务',
    created: '任务已加入我的跟进。',
    aboutRecord: '关于 {{name}} 的新任务',
    close: '关闭',
    openFollowUps: '打开我的跟进',
  },
  actions: {
    interactions: '联络记录…',
    menu: '{{name}} 的操作',
  },
  report: {
    filters: '筛选',
    period: '时间段',
    periodPlaceholder: '不限日期',
    region: '地区',
    anyRegion: '所有地区',
    homeRegions: '欧洲地区',
    partnerRegions: '合作地区',
    twinning: '结对合作',
    anyTwinning: '所有结对合作',
    theme: '主题',
    anyTheme: '所有主题',
    show: '显示',
  },
};
