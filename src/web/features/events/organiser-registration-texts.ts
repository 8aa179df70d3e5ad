import { useLanguage } from '../../i18n/index';

/** Labels of the organiser's registration settings, in the three UI languages. */
const en = {
  title: 'Registration without an account',
  open: 'Open registration with a link to share',
  capacity: 'Places (empty: no limit; later registrations join the waitlist)',
  approval: 'I approve each registration',
  questions: 'Your questions',
  question: 'Question',
  required: 'answer required',
  remove: 'Remove',
  addQuestion: 'Add a question',
  save: 'Save registration settings',
  link: 'Link to share',
  copy: 'Copy',
};
type OrganiserRegistrationTexts = typeof en;

const nl: OrganiserRegistrationTexts = {
  title: 'Inschrijven zonder account',
  open: 'Inschrijving openen met een deelbare link',
  capacity: 'Plaatsen (leeg: geen limiet; latere inschrijvingen komen op de wachtlijst)',
  approval: 'Ik keur elke inschrijving goed',
  questions: 'Uw vragen',
  question: 'Vraag',
  required: 'antwoord verplicht',
  remove: 'Verwijderen',
  addQuestion: 'Vraag toevoegen',
  save: 'Inschrijvingsinstellingen opslaan',
  link: 'Link om te delen',
  copy: 'Kopiëren',
};

const zh: OrganiserRegistrationTexts = {
  title: '免注册报名',
  open: '开放报名并生成可分享的链接',
  capacity: '名额（留空表示不限；超出者进入候补名单）',
  approval: '由我逐一审核报名',
  questions: '您的问题',
  question: '问题',
  required: '必答',
  remove: '删除',
  addQuestion: '添加问题',
  save: '保存报名设置',
  link: '分享链接',
  copy: '复制',
};

export function useOrganiserRegistrationTexts(): OrganiserRegistrationTexts {
  const lang = useLanguage();
  return lang === 'nl' ? nl : lang === 'zh' ? zh : en;
}
