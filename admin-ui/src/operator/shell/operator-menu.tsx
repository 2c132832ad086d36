import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  PayCircleOutlined,
  SafetyCertificateOutlined,
  TagsOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { operatorPaths } from '../operator-paths.ts';

export interface OperatorMenuItem {
  key: string;
  path: string;
  labelKey: string;
  icon: ReactNode;
}

/** The console's pages in menu order; every operator may open every one. */
export const operatorMenu: readonly OperatorMenuItem[] = [
  { key: 'tenants', path: operatorPaths.tenants, labelKey: 'operator.menu.tenants', icon: <BankOutlined /> },
  { key: 'listings', path: operatorPaths.listings, labelKey: 'operator.menu.listings', icon: <TagsOutlined /> },
  { key: 'payments', path: operatorPaths.payments, labelKey: 'operator.menu.payments', icon: <PayCircleOutlined /> },
  { key: 'entitlements', path: operatorPaths.entitlements, labelKey: 'operator.menu.entitlements', icon: <SafetyCertificateOutlined /> },
  { key: 'revenue', path: operatorPaths.revenue, labelKey: 'operator.menu.revenue', icon: <BarChartOutlined /> },
  { key: 'audit-log', path: operatorPaths.auditLog, labelKey: 'operator.menu.audit-log', icon: <AuditOutlined /> },
];

export function findOperatorMenuItem(pathname: string): OperatorMenuItem | undefined {
  return operatorMenu.find((item) => pathname === item.path || pathname.startsWith(`${item.path}/`));
}
