import type { ProgrammeReportMessages } from '../en/programmeReport';

export const programmeReport: ProgrammeReportMessages = {
  title: '项目计划报告',
  period: '期间',
  all: '全部',
  measure: '环节',
  count: '数量',
  events: '活动成果',
  event: '活动',
  meetings: '会面',
  answered: '已反馈',
  agreed: '约定跟进',
  region: '地区',
  twinning: '结对',
  theme: '主题',
  measures: {
    opportunitiesPublished: '已发布机会',
    matchesProposed: '推荐匹配',
    interestsExpressed: '表达兴趣',
    meetingsHeld: '已举行会面',
    followUpsAgreed: '约定跟进',
    agreementsSigned: '签署协议',
    projectsStarted: '启动项目',
  },
  answers: { 'follow-up-agreed': '约定跟进', 'interesting-not-now': '有兴趣，但暂不', 'not-relevant': '不相关', 'did-not-take-place': '未举行' },
};
