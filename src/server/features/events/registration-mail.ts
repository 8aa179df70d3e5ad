// E-mail to delegates who registered without an account, in the language they registered in:
// what became of the registration, and the private link that manages it.
import type { Language } from '../../../shared/api';
import { translatorFor } from '../../../shared/i18n';

export type RegistrationMailKind = 'registered' | 'pending-approval' | 'waitlisted' | 'promoted' | 'approved' | 'cancelled';

export async function registrationMail(
  kind: RegistrationMailKind,
  language: Language,
  values: { event: string; name: string; manageUrl: string | null },
): Promise<{ subject: string; text: string }> {
  const t = await translatorFor(language);
  const subject = t(`mail:registration.subject.${kind}`, { event: values.event });
  const lines = [t('mail:registration.greeting', { name: values.name }), '', subject];
  if (values.manageUrl && kind !== 'cancelled') lines.push('', t('mail:registration.manage'), values.manageUrl);
  return { subject, text: lines.join('\n') };
}
