import {
  ApartmentOutlined,
  ApiOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  DashboardOutlined,
  MailOutlined,
  MessageOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
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
