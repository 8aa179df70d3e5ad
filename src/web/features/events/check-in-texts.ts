import { useLanguage } from '../../i18n/index';

/** Labels of the organiser's check-in desk and the badges, in the three UI languages. */
const en = {
  title: 'Check-in: {event}',
  link: 'Check-in desk',
  badges: 'Badges of all delegates (PDF)',
  badge: 'Badge (PDF)',
  code: 'Badge code',
  codeHint: 'The code under the QR code, e.g. ABCD-EFGH-JKMN',
  checkIn: 'Check in',
  checkedIn: 'Checked in',
  alreadyCheckedIn: 'Already checked in at {time}',
  unknownCode: 'No delegate of this event has this code. Check the code, or register the person as a walk-in.',
  walkIn: 'Walk-in registration',
  name: 'Name',
  email: 'E-mail',
  organisation: 'Organisation',
  newOrganisation: 'or a new organisation',
  chooseOrganisation: '— choose —',
  registerAndCheckIn: 'Register and check in',
};
type CheckInTexts = typeof en;

const nl: CheckInTexts = {
  title: 'Aanmelden bij de balie: {event}',
  link: 'Aanmeldbalie',
  badges: 'Badges van alle deelnemers (PDF)',
  badge: 'Badge (PDF)',
  code: 'Badgecode',
  codeHint: 'De code onder de QR-code, bijv. ABCD-EFGH-JKMN',
  checkIn: 'Aanmelden',
  checkedIn: 'Aangemeld',
  alreadyCheckedIn: 'Was al aangemeld om {time}',
  unknownCode: 'Geen deelnemer van dit evenement heeft deze code. Controleer de code, of schrijf de persoon ter plekke in.',
  walkIn: 'Inschrijving ter plekke',
  name: 'Naam',
  email: 'E-mail',
  organisation: 'Organisatie',
  newOrganisation: 'of een nieuwe organisatie',
  chooseOrganisation: '— kies —',
  registerAndCheckIn: 'Inschrijven en aanmelden',
};

const zh: CheckInTexts = {
  title: '签到：{event}',
  link: '签到台',
  badges: '全部参会者胸卡（PDF）',
  badge: '胸卡（PDF）',
  code: '胸卡编码',
  codeHint: '二维码下方的编码，例如 ABCD-EFGH-JKMN',
  checkIn: '签到',
  checkedIn: '已签到',
  alreadyCheckedIn: '已于 {time} 签到',
  unknownCode: '本活动没有持此编码的参会者。请核对编码，或为其办理现场登记。',
  walkIn: '现场登记',
  name: '姓名',
  email: '电子邮箱',
  organisation: '机构',
  newOrganisation: '或新机构',
  chooseOrganisation: '— 请选择 —',
  registerAndCheckIn: '登记并签到',
};

export function useCheckInTexts(): CheckInTexts {
  const lang = useLanguage();
  return lang === 'nl' ? nl : lang === 'zh' ? zh : en;
}
