import type { MessageVars } from '../../i18n/translate.ts';

/**
 * Who changed an order, from the server's `user:<id>`, `operator:<id>` or `system`: 我 for the reader,
 * 本企业成员 for another member, 平台运营 for the platform's operators, 系统 for jobs.
 */
export function orderActorLabel(actor: string, currentUserId: string, t: (key: string, vars?: MessageVars) => string): string {
  const [kind, id] = actor.split(':', 2);
  if (kind === 'user') return id === currentUserId ? t('market.actor.me') : t('market.actor.member');
  if (kind === 'operator') return t('market.actor.operator');
  if (kind === 'system') return t('market.actor.system');
  return actor;
}
