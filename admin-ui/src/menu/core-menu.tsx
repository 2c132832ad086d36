import {
  ApartmentOutlined,
  ApiOutlined,
  AppstoreAddOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  DashboardOutlined,
  FieldStringOutlined,
  FormOutlined,
  FundOutlined,
  MailOutlined,
  MessageOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  ShopOutlined,
  TagsOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { allows } from '../access/ability.ts';
import { registerMenuEntry, registerMenuGroup } from './menu-registry.ts';

const everyone = () => true;

export const workbenchPath = '/workbench';

/** 工作台 and 消息中心 first, 系统设置 last; plugin groups fall between by their order. */
export function registerCoreMenu(): void {
  registerMenuEntry({
    key: 'workbench',
    path: workbenchPath,
    labelKey: 'shell.menu.workbench',
    descriptionKey: 'shell.menu.workbench.description',
    icon: <DashboardOutlined />,
    order: 10,
    visible: everyone,
    page: () => import('../pages/workbench/workbench-page.tsx'),
  });
  registerMenuEntry({
    key: 'messages',
    path: '/messages',
    labelKey: 'shell.menu.messages',
    descriptionKey: 'shell.menu.messages.description',
    icon: <MessageOutlined />,
    order: 20,
    visible: everyone,
    page: () => import('../pages/messages/message-center-page.tsx'),
  });
  registerMarketMenu();
  registerMenuEntry({
    key: 'forms',
    path: '/forms',
    labelKey: 'forms.menu.forms',
    descriptionKey: 'forms.menu.forms.description',
    icon: <FormOutlined />,
    order: 40,
    visible: allows('read', 'Form'),
    page: () => import('../pages/forms/forms-list-page.tsx'),
    subpages: [
      { path: ':id/design', crumbKey: 'forms.design.crumb', page: () => import('../pages/forms/design/form-designer-page.tsx') },
      { path: ':id/fill', crumbKey: 'forms.fill.crumb', page: () => import('../pages/forms/fill/form-fill-page.tsx') },
      { path: ':id/submissions', crumbKey: 'forms.submissions.crumb', page: () => import('../pages/forms/submissions/submissions-page.tsx') },
    ],
  });
  registerReportsMenu();
  registerDashboardsMenu();
  registerMenuGroup({
    key: 'settings',
    labelKey: 'shell.menu.settings',
    icon: <SettingOutlined />,
    order: 900,
  });
  registerMenuEntry({
    key: 'tenant-settings',
    path: '/settings/tenant',
    labelKey: 'shell.menu.tenant-settings',
    descriptionKey: 'shell.menu.tenant-settings.description',
    icon: <BankOutlined />,
    group: 'settings',
    order: 910,
    visible: allows('update', 'Tenant'),
    page: () => import('../pages/settings/tenant-settings-page.tsx'),
  });
  registerMenuEntry({
    key: 'departments',
    path: '/settings/departments',
    labelKey: 'shell.menu.departments',
    descriptionKey: 'shell.menu.departments.description',
    icon: <ApartmentOutlined />,
    group: 'settings',
    order: 915,
    visible: allows('read', 'Department'),
    page: () => import('../pages/settings/departments/departments-page.tsx'),
  });
  registerMenuEntry({
    key: 'option-sets',
    path: '/settings/option-sets',
    labelKey: 'shell.menu.option-sets',
    descriptionKey: 'shell.menu.option-sets.description',
    icon: <TagsOutlined />,
    group: 'settings',
    order: 918,
    visible: allows('read', 'OptionSet'),
    page: () => import('../pages/settings/option-sets/option-sets-page.tsx'),
    subpages: [
      { path: ':key', crumbKey: 'settings.option-sets.crumb', page: () => import('../pages/settings/option-sets/option-set-page.tsx') },
    ],
  });
  registerMenuEntry({
    key: 'custom-fields',
    path: '/settings/custom-fields',
    labelKey: 'custom-fields.menu',
    descriptionKey: 'custom-fields.menu.description',
    icon: <FieldStringOutlined />,
    group: 'settings',
    order: 919,
    visible: allows('read', 'CustomField'),
    page: () => import('../pages/settings/custom-fields/custom-fields-page.tsx'),
  });
  registerMenuEntry({
    key: 'users',
    path: '/settings/users',
    labelKey: 'shell.menu.users',
    descriptionKey: 'shell.menu.users.description',
    icon: <TeamOutlined />,
    group: 'settings',
    order: 920,
    visible: allows('read', 'Member'),
    page: () => import('../pages/settings/users-page.tsx'),
  });
  registerMenuEntry({
    key: 'roles',
    path: '/settings/roles',
    labelKey: 'shell.menu.roles',
    descriptionKey: 'shell.menu.roles.description',
    icon: <SafetyCertificateOutlined />,
    group: 'settings',
    order: 925,
    visible: allows('read', 'Role'),
    page: () => import('../pages/settings/roles/roles-page.tsx'),
  });
  registerMenuEntry({
    key: 'invitations',
    path: '/settings/invitations',
    labelKey: 'shell.menu.invitations',
    descriptionKey: 'shell.menu.invitations.description',
    icon: <MailOutlined />,
    group: 'settings',
    order: 930,
    visible: allows('read', 'Invitation'),
    page: () => import('../pages/settings/invitations-page.tsx'),
  });
  registerMenuEntry({
    key: 'api-tokens',
    path: '/settings/api-tokens',
    labelKey: 'shell.menu.api-tokens',
    descriptionKey: 'shell.menu.api-tokens.description',
    icon: <ApiOutlined />,
    group: 'settings',
    order: 940,
    visible: allows('read', 'ApiToken'),
    page: () => import('../pages/settings/api-tokens-page.tsx'),
  });
  registerMenuEntry({
    key: 'modules',
    path: '/settings/modules',
    labelKey: 'shell.menu.modules',
    descriptionKey: 'shell.menu.modules.description',
    icon: <AppstoreOutlined />,
    group: 'settings',
    order: 945,
    visible: allows('read', 'Plugin'),
    page: () => import('../pages/settings/modules/modules-page.tsx'),
  });
  registerMenuEntry({
    key: 'audit-log',
    path: '/settings/audit-log',
    labelKey: 'shell.menu.audit-log',
    descriptionKey: 'shell.menu.audit-log.description',
    icon: <AuditOutlined />,
    group: 'settings',
    order: 950,
    visible: allows('read', 'AuditLog'),
    page: () => import('../pages/settings/audit-log/audit-log-page.tsx'),
  });
}

/** 报表中心: the data pages. Anyone who may run reports sees the list; building them asks for more. */
function registerReportsMenu(): void {
  registerMenuGroup({ key: 'reports', labelKey: 'reports.menu.group', icon: <BarChartOutlined />, order: 50 });
  registerMenuEntry({
    key: 'reports',
    path: '/reports',
    labelKey: 'reports.menu.reports',
    descriptionKey: 'reports.menu.reports.description',
    icon: <BarChartOutlined />,
    group: 'reports',
    order: 52,
    visible: allows('read', 'Report'),
    page: () => import('../pages/reports/reports-list-page.tsx'),
    subpages: [
      { path: 'new', crumbKey: 'reports.crumb.new', page: () => import('../pages/reports/builder/report-builder-page.tsx') },
      { path: ':id/edit', crumbKey: 'reports.crumb.edit', page: () => import('../pages/reports/builder/report-builder-page.tsx') },
      { path: ':id', crumbKey: 'reports.crumb.view', page: () => import('../pages/reports/view/report-view-page.tsx') },
    ],
  });
}

/** 数据看板: in the reports group beside 报表; the editor pages ask for create/update themselves. */
function registerDashboardsMenu(): void {
  registerMenuEntry({
    key: 'dashboards',
    path: '/dashboards',
    labelKey: 'dashboards.menu',
    descriptionKey: 'dashboards.menu.description',
    icon: <FundOutlined />,
    group: 'reports',
    order: 51,
    visible: allows('read', 'Dashboard'),
    page: () => import('../pages/dashboards/dashboards-list-page.tsx'),
    subpages: [
      { path: 'new', crumbKey: 'dashboards.crumb.new', page: () => import('../pages/dashboards/edit/dashboard-editor-page.tsx') },
      { path: ':id/edit', crumbKey: 'dashboards.crumb.edit', page: () => import('../pages/dashboards/edit/dashboard-editor-page.tsx') },
      { path: ':id', crumbKey: 'dashboards.crumb.view', page: () => import('../pages/dashboards/view/dashboard-page.tsx') },
    ],
  });
}

/**
 * 模块市场: the catalog, the company's modules and its module orders, for whoever may see the modules
 * (buying, trying and enabling need `update Plugin`, which the pages ask for themselves).
 */
function registerMarketMenu(): void {
  const readsModules = allows('read', 'Plugin');
  registerMenuGroup({ key: 'market', labelKey: 'market.menu.group', icon: <ShopOutlined />, order: 30 });
  registerMenuEntry({
    key: 'market',
    path: '/market',
    labelKey: 'market.menu.listings',
    descriptionKey: 'market.menu.listings.description',
    icon: <AppstoreAddOutlined />,
    group: 'market',
    order: 31,
    visible: readsModules,
    page: () => import('../pages/market/market-page.tsx'),
    subpages: [
      { path: 'listings/:plugin', crumbKey: 'market.listing.crumb', page: () => import('../pages/market/listing-page.tsx') },
      // `/market/<plugin>` as people may type it; the static pages beside it win the match
      { path: ':plugin', crumbKey: 'market.listing.crumb', page: () => import('../pages/market/listing-redirect.tsx') },
    ],
  });
  registerMenuEntry({
    key: 'my-modules',
    path: '/market/my-modules',
    labelKey: 'market.menu.my-modules',
    descriptionKey: 'market.menu.my-modules.description',
    icon: <AppstoreOutlined />,
    group: 'market',
    order: 32,
    visible: readsModules,
    page: () => import('../pages/market/my-modules-page.tsx'),
  });
  registerMenuEntry({
    key: 'market-orders',
    path: '/market/orders',
    labelKey: 'market.menu.orders',
    descriptionKey: 'market.menu.orders.description',
    icon: <ProfileOutlined />,
    group: 'market',
    order: 33,
    visible: readsModules,
    page: () => import('../pages/market/orders-page.tsx'),
    subpages: [{ path: ':id', crumbKey: 'market.order.crumb', page: () => import('../pages/market/order-page.tsx') }],
  });
}
