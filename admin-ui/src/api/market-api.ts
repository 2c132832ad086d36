import type {
  MarketListingDetail,
  MarketListingView,
  MarketPlanView,
  ModuleOrderCreate,
  ModuleOrderDetail,
  ModuleOrderView,
  MyModuleView,
} from '@tessera/schemas/market';
import { apiRequest } from './api-request.ts';
import type { ListQuery, ListResult } from './list-result.ts';

// Shapes come from the server's JSON Schemas (schemas/market.ts): the one definition of each view.
export type {
  BankTransferInstructions,
  EntitlementView,
  MarketListingDetail,
  MarketListingView,
  MarketPlanView,
  ModuleOrderCreate,
  ModuleOrderDetail,
  ModuleOrderView,
  MyModuleView,
} from '@tessera/schemas/market';

export type PlanPeriod = MarketPlanView['period'];
export type OrderStatus = ModuleOrderView['status'];
export type OrderLine = ModuleOrderView['lines'][number];
export type OrderEvent = ModuleOrderDetail['events'][number];

/** The categories a listing may have (schemas/market.ts), in the order the filter offers them. */
export const marketCategories = ['sales', 'operations', 'marketing', 'customers', 'content', 'learning', 'system'] as const;
export type MarketCategory = (typeof marketCategories)[number];

export interface ListingQuery {
  category?: MarketCategory;
  search?: string;
}

/** POST /api/market/listings/:plugin/trial answers when the trial ends. */
export interface TrialStarted {
  plugin: string;
  endsAt: string;
}

const listingPath = (plugin: string) => `/api/market/listings/${encodeURIComponent(plugin)}`;
const orderPath = (id: string) => `/api/market/orders/${encodeURIComponent(id)}`;

/** Every listed module at this company's prices, with its state in the company; filters applied by the server. */
export function listListings(query: ListingQuery = {}): Promise<{ items: MarketListingView[] }> {
  return apiRequest<{ items: MarketListingView[] }>('/api/market/listings', { query: { ...query } });
}

/** One listing and the listed modules that need it; 404 for a hidden or unknown module. */
export function fetchListing(plugin: string): Promise<MarketListingDetail> {
  return apiRequest<MarketListingDetail>(listingPath(plugin));
}

/** The company's one trial of a module: 409 `trial-used` the second time, `trial-unavailable` without a trial. */
export function startTrial(plugin: string): Promise<TrialStarted> {
  return apiRequest<TrialStarted>(`${listingPath(plugin)}/trial`, { method: 'POST' });
}

/**
 * A free order is paid at once; any other waits for a bank transfer. A 409
 * `module-requirement-plans-missing` names each required module still to buy as `/body/requirementPlans/<name>`.
 */
export function createOrder(body: ModuleOrderCreate): Promise<ModuleOrderDetail> {
  return apiRequest<ModuleOrderDetail>('/api/market/orders', { method: 'POST', body });
}

export function listOrders(query: ListQuery): Promise<ListResult<ModuleOrderView>> {
  return apiRequest<ListResult<ModuleOrderView>>('/api/market/orders', { query });
}

export function fetchOrder(id: string): Promise<ModuleOrderDetail> {
  return apiRequest<ModuleOrderDetail>(orderPath(id));
}

/** Only a pending order can be cancelled (409 `module-order-not-pending` otherwise). */
export function cancelOrder(id: string): Promise<ModuleOrderDetail> {
  return apiRequest<ModuleOrderDetail>(`${orderPath(id)}/cancel`, { method: 'POST' });
}

/** The printable receipt is an HTML page the browser opens itself (the session cookie goes along). */
export function receiptUrl(id: string): string {
  return `${orderPath(id)}/receipt`;
}

/** Modules the company holds, has enabled or gets included, with the plan to renew with. */
export function listMyModules(): Promise<{ items: MyModuleView[] }> {
  return apiRequest<{ items: MyModuleView[] }>('/api/market/my-modules');
}
