import { messageCategory } from '@tessera/schemas/message';
import type { LocalizedText } from '../access/subject-registry.ts';
import { isUuid } from '../tenancy/tenant-binding.ts';

/** A notification as a plugin writes it; every recipient gets it in their own language. */
export interface NotificationDraft {
  /** User ids of the company's members; others (and duplicates) are skipped. */
  readonly recipients: readonly string[];
  /** Lower-case code, e.g. `orders` or `order-approved`; the admin UI may have a label for it. */
  readonly category: string;
  /** One line, at most 200 characters in each language. */
  readonly title: LocalizedText;
  /** Plain text (no HTML), at most 5000 characters in each language. */
  readonly body: LocalizedText;
  /** An admin UI path to open from the message, e.g. `/m/orders/orders/<id>`. */
  readonly link?: string;
  /**
   * The record the notification is about. Its title, body and link are shown (and mailed) only while the
   * reader may read that record, and only while the company has the module declaring it enabled; the
   * subject must be one a served plugin declares as a resource.
   */
  readonly record?: { readonly subject: string; readonly id: string };
  /** Also e-mail it to each recipient who has an address, when the server is set up to send mail. */
  readonly email?: boolean;
  /** The sending plugin, for a notification from an event handler or service; a plugin route's own is known. */
  readonly plugin?: string;
}

const categoryPattern = new RegExp(messageCategory.pattern);
// an app path only: `/x`, not `//host` or `/\host` (which browsers take for another site), no spaces
const linkPattern = /^\/(?![/\\])[^\s\p{Cc}]*$/u;
const oneLinePattern = /^[^\r\n\p{Cc}]+$/u;

function localizedProblems(name: string, text: LocalizedText | undefined, max: number, oneLine: boolean): string[] {
  const problems: string[] = [];
  for (const locale of ['zh-CN', 'en-US'] as const) {
    const value = text?.[locale];
    if (typeof value !== 'string' || (oneLine && value.trim() === '')) problems.push(`${name}.${locale} is missing`);
    else if (value.length > max) problems.push(`${name}.${locale} is longer than ${max} characters`);
    else if (oneLine && !oneLinePattern.test(value)) problems.push(`${name}.${locale} must be one line of text`);
  }
  return problems;
}

/** What is wrong with a draft, as lines for the plugin's developer; none for a good one. */
export function notificationDraftProblems(draft: NotificationDraft): string[] {
  const problems = [
    ...localizedProblems('title', draft.title, 200, true),
    ...localizedProblems('body', draft.body, 5000, false),
  ];
  if (!Array.isArray(draft.recipients)) problems.push('recipients must be an array of user ids');
  if (!categoryPattern.test(draft.category)) problems.push(`category must match ${messageCategory.pattern}`);
  if (draft.link !== undefined && (draft.link.length > 500 || !linkPattern.test(draft.link))) {
    problems.push('link must be an admin UI path starting with a single "/" (at most 500 characters, no spaces)');
  }
  if (draft.record !== undefined) {
    const { subject, id } = draft.record;
    if (typeof subject !== 'string' || subject.length < 1 || subject.length > 60) problems.push('record.subject is missing');
    if (!isUuid(id)) problems.push('record.id must be a lower-case uuid');
  }
  return problems;
}
