import { type Locale, translate } from '../i18n/translate.ts';

/**
 * The e-mail for a notification, in the recipient's language: exactly the title and body its sender
 * chose (never more of the record it may be about), and a footer saying where it came from. The link is
 * left out: it is a path of the admin UI, which the message center opens.
 */
export function notificationMail(locale: Locale, title: string, body: string): { subject: string; text: string } {
  const footer = translate(locale, 'mail.notification.footer');
  return { subject: title, text: body ? `${body}\n\n--\n${footer}\n` : `${footer}\n` };
}
