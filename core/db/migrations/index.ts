import type { Migration } from '../migration.ts';
import { platformAndTenancy } from './202611230300-platform-and-tenancy.ts';
import { invitationsAndApiTokens } from './202611230310-invitations-and-api-tokens.ts';
import { messages } from './202611230320-messages.ts';
import { principalChangeNotices } from './202611230330-principal-change-notices.ts';
import { accessControl } from './202611230400-access-control.ts';
import { scopeColumnStatistics } from './202611231000-scope-column-statistics.ts';
import { plugins } from './202611231100-plugins.ts';
import { messageLinks } from './202611240900-message-links.ts';
import { mailOutbox } from './202611240910-mail-outbox.ts';
import { publicTenantSlug } from './202611241020-public-tenant-slug.ts';
import { pluginTables } from './202611241030-plugin-tables.ts';
import { marketplace } from './202611241200-marketplace.ts';
import { orderIdempotency } from './202611241210-order-idempotency.ts';
import { forms } from './202611241300-forms.ts';
import { entitlementRevocation } from './202611251000-entitlement-revocation.ts';
import { optionSets } from './202611251100-option-sets.ts';
import { customFields } from './202611261000-custom-fields.ts';
import { reports } from './202611261100-reports.ts';
import { files } from './202611271000-files.ts';
import { dashboards } from './202611271100-dashboards.ts';
import { reportExports } from './202611281000-report-exports.ts';
import { reportSchedules } from './202611281100-report-schedules.ts';
import { memberReportRules } from './202611281200-member-report-rules.ts';
import { messagesPageOrder } from './202611291000-messages-page-order.ts';

/** The core's migrations, in the order they apply. */
export const coreMigrations: readonly Migration[] = [
  platformAndTenancy,
  invitationsAndApiTokens,
  messages,
  principalChangeNotices,
  accessControl,
  scopeColumnStatistics,
  plugins,
  messageLinks,
  mailOutbox,
  publicTenantSlug,
  pluginTables,
  marketplace,
  orderIdempotency,
  forms,
  entitlementRevocation,
  optionSets,
  customFields,
  reports,
  files,
  dashboards,
  reportExports,
  reportSchedules,
  memberReportRules,
  messagesPageOrder,
];
