import type { UiExtensions } from '@tessera/schemas/resource';
import { apiRequest } from './api-request.ts';

export type {
  PluginPageView,
  PluginWidgetView,
  ResourceView,
  UiExtensions,
} from '@tessera/schemas/resource';

/**
 * What the company's enabled plugins add to this user's admin UI (resource screens, plugin pages,
 * workbench cards), already cut to what the user may read and titled in the request's language.
 */
export function fetchUiExtensions(): Promise<UiExtensions> {
  return apiRequest<UiExtensions>('/api/ui-extensions');
}
