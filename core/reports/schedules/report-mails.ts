import { v7 as uuidv7 } from 'uuid';
import { type Locale, translate } from '../../i18n/translate.ts';
import type { RunMail } from './schedule-run-store.ts';

export interface MailRecipient {
  readonly locale: Locale;
  /** None for an account without an address or a disabled one. */
  readonly email: string | null;
}

/**
 * The e-mails of one run: one per address, in the member's language (other addresses in the language of
 * the schedule's author), each naming the report and the attached file. An address given twice (a
 * member's also listed as an extra one) gets one mail.
 */
export function reportMails(
  members: readonly MailRecipient[],
  extraEmails: readonly string[],
  authorLocale: Locale,
  vars: { title: string; fileName: string; generatedAt: string },
): RunMail[] {
  const byAddress = new Map<string, Locale>();
  for (const member of members) if (member.email && !byAddress.has(member.email.toLowerCase())) byAddress.set(member.email.toLowerCase(), member.locale);
  for (const email of extraEmails) if (!byAddress.has(email.toLowerCase())) byAddress.set(email.toLowerCase(), authorLocale);
  return [...byAddress].map(([to, locale]) => ({
    id: uuidv7(),
    to,
    subject: translate(locale, 'reports.schedule.mail.subject', vars),
    body: `${translate(locale, 'reports.schedule.mail.body', vars)}\n\n--\n${translate(locale, 'mail.notification.footer')}\n`,
  }));
}
