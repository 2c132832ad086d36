import type { OperatorAuditView, OperatorTenantView } from '@tessera/schemas/operator';
import type {
  OperatorEntitlementChange,
  OperatorEntitlementExtend,
  OperatorEntitlementGrant,
  OperatorEntitlementRevoke,
  OperatorEntitlementView,
  OperatorListingUpdate,
  OperatorListingView,
  OperatorOrderDecision,
  OperatorOrderView,
  OperatorRevenueView,
} from '@tessera/schemas/operator-market';
import type { ListQuery, ListResult } from '../../api/list-result.ts';
import { operatorRequest } from './operator-request.ts';

// Shapes come from the server's JSON Schemas (schemas/operator.ts, schemas/operator-market.ts).
export type { OperatorAuditView, OperatorTenantView } from '@tessera/schemas/operator';
export type {
  OperatorEntitlementGrant,
  OperatorEntitlementView,
  OperatorListingUpdate,
  OperatorListingView,
  OperatorOrderView,
  OperatorRevenueView,
} from '@tessera/schemas/operator-market';

/** An entitlement row with the key lists need: one entitlement per company and module. */
export type OperatorEntitlementRow = OperatorEntitlementView & { id: string };

export function listTenants(query: ListQuery): Promise<ListResult<OperatorTenantView>> {
  return operatorRequest<ListResult<OperatorTenantView>>('/api/operator/tenants', { query });
}

export function listOperatorListings(): Promise<{ items: OperatorListingView[] }> {
  return operatorRequest<{ items: OperatorListingView[] }>('/api/operator/listings');
}

/** `priceOverrides` replaces the whole map; `{}` goes back to the list prices. */
export function updateOperatorListing(plugin: string, body: OperatorListingUpdate): Promise<OperatorListingView> {
  return operatorRequest<OperatorListingView>(`/api/operator/listings/${encodeURIComponent(plugin)}`, { method: 'PATCH', body });
}

export function listOperatorOrders(query: ListQuery): Promise<ListResult<OperatorOrderView>> {
  return operatorRequest<ListResult<OperatorOrderView>>('/api/operator/orders', { query });
}

const orderPath = (order: Pick<OperatorOrderView, 'tenantId' | 'id'>) =>
  `/api/operator/orders/${encodeURIComponent(order.tenantId)}/${encodeURIComponent(order.id)}`;

/** The money arrived: the order is paid and the company gets its modules. */
export function confirmOperatorOrder(order: Pick<OperatorOrderView, 'tenantId' | 'id'>, note: string): Promise<OperatorOrderDecision> {
  return operatorRequest<OperatorOrderDecision>(`${orderPath(order)}/confirm`, { method: 'POST', body: note ? { note } : {} });
}

export function rejectOperatorOrder(order: Pick<OperatorOrderView, 'tenantId' | 'id'>, reason: string): Promise<OperatorOrderDecision> {
  return operatorRequest<OperatorOrderDecision>(`${orderPath(order)}/reject`, { method: 'POST', body: { reason } });
}

export async function listOperatorEntitlements(query: ListQuery): Promise<ListResult<OperatorEntitlementRow>> {
  const page = await operatorRequest<ListResult<OperatorEntitlementView>>('/api/operator/entitlements', { query });
  return { ...page, items: page.items.map((item) => ({ ...item, id: `${item.tenantId}/${item.plugin}` })) };
}

export function grantEntitlement(body: OperatorEntitlementGrant): Promise<OperatorEntitlementChange> {
  return operatorRequest<OperatorEntitlementChange>('/api/operator/entitlements/grant', { method: 'POST', body });
}

export function extendEntitlement(body: OperatorEntitlementExtend): Promise<OperatorEntitlementChange> {
  return operatorRequest<OperatorEntitlementChange>('/api/operator/entitlements/extend', { method: 'POST', body });
}

export function revokeEntitlement(body: OperatorEntitlementRevoke): Promise<OperatorEntitlementChange> {
  return operatorRequest<OperatorEntitlementChange>('/api/operator/entitlements/revoke', { method: 'POST', body });
}

/** Months `YYYY-MM` (Asia/Shanghai), both included; the server's default is the last 12. */
export function fetchRevenue(range: { from?: string; to?: string }): Promise<OperatorRevenueView> {
  return operatorRequest<OperatorRevenueView>('/api/operator/revenue', { query: range });
}

export function listOperatorAudit(query: ListQuery): Promise<ListResult<OperatorAuditView>> {
  return operatorRequest<ListResult<OperatorAuditView>>('/api/operator/audit-log', { query });
}
