import { useLanguage } from '../../i18n/index';

/** Labels of registration without an account (the public page and the private manage page). */
const en = {
  registerTitle: 'Register for {event}',
  fullNotice: 'The event is full: you will join the waitlist and move up when a place comes free.',
  approvalNotice: 'The organiser confirms each registration.',
  name: 'Your name',
  email: 'E-mail address',
  organisation: 'Organisation',
  country: 'Country',
  languages: 'Languages you speak',
  profile: 'What you offer or look for',
  questions: 'Questions of the organiser',
  register: 'Register',
  sent: 'Thank you. We sent you an e-mail with your private link to manage your registration.',
  statusLine: { registered: 'You are registered.', 'pending-approval': 'Your registration awaits the organiser’s approval.', waitlisted: 'You are on the waitlist (place {n}).', cancelled: 'Your registration is cancelled.' } as Record<string, string>,
  manageTitle: 'Your registration: {event}',
  save: 'Save',
  saved: 'Saved.',
  cancelRegistration: 'Cancel my registration',
  confirmCancel: 'Cancel your registration? Your place goes to the waitlist.',
  unavailable: 'Not available in these slots',
  marketplace: 'Other participants',
  search: 'Search',
  requestMeeting: 'Request a meeting',
  message: 'Message',
  requests: 'Your meeting requests',
  requested: 'Request sent.',
  accept: 'Accept',
  decline: 'No thanks',
  with: 'with',
  notFound: 'This link is not valid (any more).',
};
type PublicTexts = typeof en;

const nl: PublicTexts = {
  registerTitle: 'Inschrijven voor {event}',
  fullNotice: 'Het evenement is vol: u komt op de wachtlijst en schuift door zodra er een plaats vrijkomt.',
  approvalNotice: 'De organisator bevestigt elke inschrijving.',
  name: 'Uw naam',
  email: 'E-mailadres',
  organisation: 'Organisatie',
  country: 'Land',
  languages: 'Talen die u spreekt',
  profile: 'Wat u aanbiedt of zoekt',
  questions: 'Vragen van de organisator',
  register: 'Inschrijven',
  sent: 'Dank u. We stuurden u een e-mail met uw persoonlijke link om uw inschrijving te beheren.',
  statusLine: { registered: 'U bent ingeschreven.', 'pending-approval': 'Uw inschrijving wacht op goedkeuring door de organisator.', waitlisted: 'U staat op de wachtlijst (plaats {n}).', cancelled: 'Uw inschrijving is geannuleerd.' },
  manageTitle: 'Uw inschrijving: {event}',
  save: 'Opslaan',
  saved: 'Opgeslagen.',
  cancelRegistration: 'Mijn inschrijving annuleren',
  confirmCancel: 'Uw inschrijving annuleren? Uw plaats gaat naar de wachtlijst.',
  unavailable: 'Niet beschikbaar in deze tijdvakken',
  marketplace: 'Andere deelnemers',
  search: 'Zoeken',
  requestMeeting: 'Gesprek aanvragen',
  message: 'Bericht',
  requests: 'Uw gespreksaanvragen',
  requested: 'Aanvraag verstuurd.',
  accept: 'Aanvaarden',
  decline: 'Nee, dank u',
  with: 'met',
  notFound: 'Deze link is niet (meer) geldig.',
};

const zh: PublicTexts = {
  registerTitle: '报名参加{event}',
  fullNotice: '活动名额已满：您将进入候补名单，有名额空出时自动递补。',
  approvalNotice: '主办方将逐一确认报名。',
  name: '姓名',
  email: '电子邮箱',
  organisation: '机构',
  country: '国家',
  languages: '您使用的语言',
  profile: '您提供或寻求的合作',
  questions: '主办方的问题',
  register: '报名',
  sent: '谢谢。我们已向您发送电子邮件，其中包含管理报名的专属链接。',
  statusLine: { registered: '您已成功报名。', 'pending-approval': '您的报名正在等待主办方审核。', waitlisted: '您在候补名单中（第{n}位）。', cancelled: '您的报名已取消。' },
  manageTitle: '您的报名：{event}',
  save: '保存',
  saved: '已保存。',
  cancelRegistration: '取消报名',
  confirmCancel: '确定取消报名吗？您的名额将让给候补者。',
  unavailable: '以下时段无法参加',
  marketplace: '其他参会者',
  search: '搜索',
  requestMeeting: '申请会谈',
  message: '留言',
  requests: '您的会谈申请',
  requested: '申请已发送。',
  accept: '接受',
  decline: '不用了，谢谢',
  with: '与',
  notFound: '此链接无效或已失效。',
};

export function usePublicTexts(): PublicTexts {
  const lang = useLanguage();
  return lang === 'nl' ? nl : lang === 'zh' ? zh : en;
}

/** Fills `{name}` placeholders. */
export const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** Names of countries and languages in the UI language, from the browser (no codes on screen). */
export function useDisplayNames() {
  const lang = useLanguage();
  const region = new Intl.DisplayNames([lang], { type: 'region' });
  const language = new Intl.DisplayNames([lang], { type: 'language' });
  return { country: (code: string) => region.of(code) ?? code, language: (code: string) => language.of(code) ?? code };
}

/** Countries offered in the registration form: the programme's partner countries first. */
export const registrationCountries = ['CN', 'NL', 'BE', 'DE', 'FR', 'GB', 'DK', 'SE', 'NO', 'FI', 'ES', 'IT', 'AT', 'CH', 'PL', 'US', 'CA', 'JP', 'KR', 'SG', 'HK', 'TW', 'AU', 'IN'] as const;
