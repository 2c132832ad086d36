import type { EntityManager } from '@mikro-orm/postgresql';
import { ownerRoleKey } from '../access/built-in-roles.ts';
import { createBuiltInRoles, setMemberRoles } from '../access/member-roles.ts';
import { User } from '../auth/entities/user.ts';
import type { Locale } from '../i18n/translate.ts';
import { postMessage } from '../messages/post-message.ts';
import { Membership } from './entities/membership.ts';
import { Tenant } from './entities/tenant.ts';
import { newTenantSlug } from './tenant-slug.ts';

export interface NewCompany {
  tenantId: string;
  userId: string;
  tenantName: string;
  displayName: string;
  email: string | null;
  mobile: string | null;
  passwordHash: string;
  locale: Locale;
  /** Extra company details (the demo company has some). */
  details?: { contactName?: string; address?: string };
}

/**
 * Creates a company with its owner account and membership and a welcome message, inside the caller's
 * transaction, which must be bound to `tenantId`. Rows go in dependency order: user and tenant first.
 */
export async function createCompany(em: EntityManager, company: NewCompany): Promise<void> {
  const { tenantId, userId, locale } = company;
  em.create(User, {
    id: userId,
    email: company.email,
    mobile: company.mobile,
    displayName: company.displayName,
    locale,
    passwordHash: company.passwordHash,
    isDisabled: false,
    failedSignIns: 0,
    lastTenantId: null,
  });
  em.create(Tenant, {
    id: tenantId,
    name: company.tenantName,
    slug: newTenantSlug(company.tenantName),
    contactName: company.details?.contactName ?? null,
    address: company.details?.address ?? null,
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
    locale,
  });
  await em.flush();
  createBuiltInRoles(em, tenantId);
  em.create(Membership, { tenantId, user: userId, attributes: {} });
  await em.flush();
  await setMemberRoles(em, tenantId, userId, [ownerRoleKey]);
  await em.nativeUpdate(User, { id: userId }, { lastTenantId: tenantId });
  postMessage(em, {
    tenantId,
    recipientId: userId,
    recipientLocale: locale,
    category: 'system',
    key: 'messages.welcome',
    vars: { tenantName: company.tenantName },
  });
}
