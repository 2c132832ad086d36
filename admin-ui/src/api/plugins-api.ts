import type { PluginView } from '@tessera/schemas';
import { apiRequest } from './api-request.ts';

export type { PluginView } from '@tessera/schemas';

/** POST /api/plugins/:name/enable answers with every module the call enabled, requirements first. */
export interface PluginEnableResult {
  enabled: string[];
}

const pluginPath = (name: string) => `/api/plugins/${encodeURIComponent(name)}`;

/** Every installed module with whether this company has enabled it; titles in the reader's language. */
export function listPlugins(): Promise<{ items: PluginView[] }> {
  return apiRequest<{ items: PluginView[] }>('/api/plugins');
}

/** Without `withRequirements`, required modules that are not enabled yet make it a 409 naming them. */
export function enablePlugin(name: string, withRequirements: boolean): Promise<PluginEnableResult> {
  return apiRequest<PluginEnableResult>(`${pluginPath(name)}/enable`, { method: 'POST', body: { withRequirements } });
}

/** A 409 while an enabled module requires it; the module's data is kept. */
export function disablePlugin(name: string): Promise<void> {
  return apiRequest<void>(`${pluginPath(name)}/disable`, { method: 'POST' });
}
