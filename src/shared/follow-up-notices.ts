// What the follow-up loop says, per language: one table for the in-app notifications (web), the
// e-mails (server) and the programme report (web, PDF, XLSX). Titles, names and messages are the
// users' own words and go in untranslated.
import type { Language } from './api/localized-text';

export type FollowUpNoticeKind = 'interest-expressed' | 'put-forward' | 'opportunity-alert' | 'opportunity-expiring' | 'opportunity-expired';
export const followUpNoticeKinds: readonly FollowUpNoticeKind[] = ['interest-expressed', 'put-forward', 'opportunity-alert', 'opportunity-expiring', 'opportunity-expired'];
export type NoticeParams = { opportunityId: string; opportunityTitle: string; organisation?: string; message?: string; expiresOn?: string };

type Texts = {
  notice: Record<FollowUpNoticeKind, (p: NoticeParams) => string>;
  subject: Record<FollowUpNoticeKind, (p: NoticeParams) => string>;
  openOpportunity: string;
  digestSubject: (n: number) => string;
  digestIntro: string;
  overdue: (dueOn: string) => string;
  dueToday: string;
  openTasks: string;
  measures: Record<ReportMeasureKey, string>;
  report: { title: string; period: string; all: string; measure: string; count: string; events: string; event: string; meetings: string; answered: string; agreed: string; region: string; twinning: string; theme: string };
  answers: Record<'follow-up-agreed' | 'interesting-not-now' | 'not-relevant' | 'did-not-take-place', string>;
};

export type ReportMeasureKey =
  | 'opportunitiesPublished'
  | 'matchesProposed'
  | 'interestsExpressed'
  | 'meetingsHeld'
  | 'followUpsAgreed'
  | 'agreementsSigned'
  | 'projectsStarted';

export const followUpTexts: Record<Language, Texts> = {
  en: {
    notice: {
      'interest-expressed': (p) => `${p.organisation} expressed interest in “${p.opportunityTitle}”.`,
      'put-forward': (p) => `A programme manager put ${p.organisation} forward for “${p.opportunityTitle}”.`,
      'opportunity-alert': (p) => `A new opportunity fits your organisation: “${p.opportunityTitle}”.`,
      'opportunity-expiring': (p) => `“${p.opportunityTitle}” expires on ${p.expiresOn}.`,
      'opportunity-expired': (p) => `“${p.opportunityTitle}” expired and was closed.`,
    },
    subject: {
      'interest-expressed': (p) => `Interest in ${p.opportunityTitle}`,
      'put-forward': (p) => `${p.organisation} put forward for ${p.opportunityTitle}`,
      'opportunity-alert': (p) => `New opportunity: ${p.opportunityTitle}`,
      'opportunity-expiring': (p) => `Expiring soon: ${p.opportunityTitle}`,
      'opportunity-expired': (p) => `Expired: ${p.opportunityTitle}`,
    },
    openOpportunity: 'Open the opportunity:',
    digestSubject: (n) => `Your follow-ups: ${n} due`,
    digestIntro: 'These follow-ups are due or overdue:',
    overdue: (d) => `overdue since ${d}`,
    dueToday: 'due today',
    openTasks: 'Open your follow-ups:',
    measures: {
      opportunitiesPublished: 'Opportunities published',
      matchesProposed: 'Matches proposed',
      interestsExpressed: 'Interests expressed',
      meetingsHeld: 'Meetings held',
      followUpsAgreed: 'Follow-ups agreed',
      agreementsSigned: 'Agreements signed',
      projectsStarted: 'Projects started',
    },
    report: { title: 'Programme report', period: 'Period', all: 'all', measure: 'Step', count: 'Number', events: 'Event outcomes', event: 'Event', meetings: 'Meetings', answered: 'Answered', agreed: 'Follow-ups agreed', region: 'Region', twinning: 'Twinning', theme: 'Theme' },
    answers: { 'follow-up-agreed': 'Follow-up agreed', 'interesting-not-now': 'Interesting, not now', 'not-relevant': 'Not relevant', 'did-not-take-place': 'Did not take place' },
  },
  nl: {
    notice: {
      'interest-expressed': (p) => `${p.organisation} heeft interesse getoond in “${p.opportunityTitle}”.`,
      'put-forward': (p) => `Een programmamanager heeft ${p.organisation} voorgedragen voor “${p.opportunityTitle}”.`,
      'opportunity-alert': (p) => `Een nieuwe kans past bij je organisatie: “${p.opportunityTitle}”.`,
      'opportunity-expiring': (p) => `“${p.opportunityTitle}” verloopt op ${p.expiresOn}.`,
      'opportunity-expired': (p) => `“${p.opportunityTitle}” is verlopen en gesloten.`,
    },
    subject: {
      'interest-expressed': (p) => `Interesse in ${p.opportunityTitle}`,
      'put-forward': (p) => `${p.organisation} voorgedragen voor ${p.opportunityTitle}`,
      'opportunity-alert': (p) => `Nieuwe kans: ${p.opportunityTitle}`,
      'opportunity-expiring': (p) => `Verloopt binnenkort: ${p.opportunityTitle}`,
      'opportunity-expired': (p) => `Verlopen: ${p.opportunityTitle}`,
    },
    openOpportunity: 'Open de kans:',
    digestSubject: (n) => `Je opvolgacties: ${n} te doen`,
    digestIntro: 'Deze opvolgacties zijn vandaag of eerder verlopen:',
    overdue: (d) => `te laat sinds ${d}`,
    dueToday: 'vandaag',
    openTasks: 'Open je opvolgacties:',
    measures: {
      opportunitiesPublished: 'Gepubliceerde kansen',
      matchesProposed: 'Voorgestelde matches',
      interestsExpressed: 'Getoonde interesse',
      meetingsHeld: 'Gehouden gesprekken',
      followUpsAgreed: 'Afgesproken opvolging',
      agreementsSigned: 'Getekende overeenkomsten',
      projectsStarted: 'Gestarte projecten',
    },
    report: { title: 'Programmarapport', period: 'Periode', all: 'alle', measure: 'Stap', count: 'Aantal', events: 'Resultaten van evenementen', event: 'Evenement', meetings: 'Gesprekken', answered: 'Beantwoord', agreed: 'Opvolging afgesproken', region: 'Regio', twinning: 'Partnerschap', theme: 'Thema' },
    answers: { 'follow-up-agreed': 'Opvolging afgesproken', 'interesting-not-now': 'Interessant, niet nu', 'not-relevant': 'Niet relevant', 'did-not-take-place': 'Niet doorgegaan' },
  },
  zh: {
    notice: {
      'interest-expressed': (p) => `${p.organisation}对“${p.opportunityTitle}”表达了兴趣。`,
      'put-forward': (p) => `项目经理推荐了${p.organisation}参与“${p.opportunityTitle}”。`,
      'opportunity-alert': (p) => `有一个适合贵机构的新机会：“${p.opportunityTitle}”。`,
      'opportunity-expiring': (p) => `“${p.opportunityTitle}”将于${p.expiresOn}到期。`,
      'opportunity-expired': (p) => `“${p.opportunityTitle}”已到期并关闭。`,
    },
    subject: {
      'interest-expressed': (p) => `对${p.opportunityTitle}的兴趣`,
      'put-forward': (p) => `${p.organisation}被推荐参与${p.opportunityTitle}`,
      'opportunity-alert': (p) => `新机会：${p.opportunityTitle}`,
      'opportunity-expiring': (p) => `即将到期：${p.opportunityTitle}`,
      'opportunity-expired': (p) => `已到期：${p.opportunityTitle}`,
    },
    openOpportunity: '查看机会：',
    digestSubject: (n) => `您的跟进事项：${n}项待办`,
    digestIntro: '以下跟进事项今天到期或已逾期：',
    overdue: (d) => `自${d}起逾期`,
    dueToday: '今天到期',
    openTasks: '查看您的跟进事项：',
    measures: {
      opportunitiesPublished: '已发布机会',
      matchesProposed: '推荐匹配',
      interestsExpressed: '表达兴趣',
      meetingsHeld: '已举行会面',
      followUpsAgreed: '约定跟进',
      agreementsSigned: '签署协议',
      projectsStarted: '启动项目',
    },
    report: { title: '项目计划报告', period: '期间', all: '全部', measure: '环节', count: '数量', events: '活动成果', event: '活动', meetings: '会面', answered: '已反馈', agreed: '约定跟进', region: '地区', twinning: '结对', theme: '主题' },
    answers: { 'follow-up-agreed': '约定跟进', 'interesting-not-now': '有兴趣，但暂不', 'not-relevant': '不相关', 'did-not-take-place': '未举行' },
  },
};
