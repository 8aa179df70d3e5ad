// E-mail to delegates who registered without an account, in the language they registered in:
// what became of the registration, and the private link that manages it.
import type { Language } from '../../../shared/api';

export type RegistrationMailKind = 'registered' | 'pending-approval' | 'waitlisted' | 'promoted' | 'approved' | 'cancelled';

const subjects: Record<Language, Record<RegistrationMailKind, string>> = {
  en: {
    registered: 'You are registered for {event}',
    'pending-approval': 'Your registration for {event} awaits approval',
    waitlisted: 'You are on the waitlist of {event}',
    promoted: 'A place came free: you are registered for {event}',
    approved: 'Your registration for {event} is approved',
    cancelled: 'Your registration for {event} is cancelled',
  },
  nl: {
    registered: 'U bent ingeschreven voor {event}',
    'pending-approval': 'Uw inschrijving voor {event} wacht op goedkeuring',
    waitlisted: 'U staat op de wachtlijst van {event}',
    promoted: 'Er kwam een plaats vrij: u bent ingeschreven voor {event}',
    approved: 'Uw inschrijving voor {event} is goedgekeurd',
    cancelled: 'Uw inschrijving voor {event} is geannuleerd',
  },
  zh: {
    registered: '您已报名参加{event}',
    'pending-approval': '您对{event}的报名正在等待审核',
    waitlisted: '您已进入{event}的候补名单',
    promoted: '有名额空出：您已成功报名{event}',
    approved: '您对{event}的报名已获批准',
    cancelled: '您对{event}的报名已取消',
  },
};

const manageLine: Record<Language, string> = {
  en: 'Change your profile and availability, or cancel, with your private link (do not share it):',
  nl: 'Wijzig uw profiel en beschikbaarheid, of annuleer, met uw persoonlijke link (deel hem niet):',
  zh: '请通过您的专属链接修改资料和可参会时间，或取消报名（请勿转发）：',
};

const greeting: Record<Language, string> = { en: 'Dear {name},', nl: 'Beste {name},', zh: '{name}，您好：' };

const fill = (template: string, values: Record<string, string | null>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

export function registrationMail(
  kind: RegistrationMailKind,
  language: Language,
  values: { event: string; name: string; manageUrl: string | null },
): { subject: string; text: string } {
  const subject = fill(subjects[language][kind], values);
  const lines = [fill(greeting[language], values), '', subject];
  if (values.manageUrl && kind !== 'cancelled') lines.push('', manageLine[language], values.manageUrl);
  return { subject, text: lines.join('\n') };
}
