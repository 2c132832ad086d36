import type { EntityManager } from '@mikro-orm/postgresql';
import { type Locale, translate } from '../i18n/translate.ts';
import { membersInAudience } from '../members/members-in-audience.ts';
import { notify } from '../messages/notify.ts';
import { jobActorId } from '../plugin-runtime/plugin-jobs.ts';
import type { PluginRegistry } from '../plugin-runtime/plugin-registry.ts';

const separators: Record<Locale, string> = { 'zh-CN': '、', 'en-US': ', ' };

export interface OrderNotice {
  readonly kind: 'paid' | 'rejected';
  readonly number: string;
  readonly plugins: readonly string[];
  readonly reason?: string;
}

/**
 * Tells the company's owners and admins, in their message center and by e-mail, that the platform
 * confirmed an order's payment (its modules can be enabled now) or rejected it (with the reason). Runs
 * in the caller's transaction bound to the company, so the notice appears only if the change commits.
 */
export async function tellAdminsAboutOrder(em: EntityManager, tenantId: string, plugins: PluginRegistry, notice: OrderNotice): Promise<void> {
  const text = (part: 'title' | 'body') => {
    const inLocale = (locale: Locale) =>
      translate(locale, `operator.notice.order-${notice.kind}.${part}`, {
        number: notice.number,
        modules: notice.plugins.map((name) => plugins.get(name)?.title[locale] ?? name).join(separators[locale]),
        reason: notice.reason ?? '',
      });
    return { 'zh-CN': inLocale('zh-CN'), 'en-US': inLocale('en-US') };
  };
  await notify(
    // the platform acts for no member of the company, as a job does
    { em, tenantId, userId: jobActorId },
    {
      recipients: await membersInAudience(em, { roles: ['owner', 'admin'] }),
      category: 'marketplace',
      title: text('title'),
      body: text('body'),
      link: '/market/my-modules',
      email: true,
    },
  );
}
