import type { PluginView } from '@tessera/schemas';
import type { pluginSettingsView } from '@tessera/schemas/plugin';
import type { FromSchema } from 'json-schema-to-ts';
import { apiRequest } from './api-request.ts';

export type { PluginView } from '@tessera/schemas';

/** A module's settings schema (JSON Schema of an object) and this company's values, defaults filled in. */
export type PluginSettings = FromSchema<typeof pluginSettingsView>;

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

/** Reading needs `read Plugin`; a module without settings answers an object schema with no properties. */
export function fetchPluginSettings(name: string): Promise<PluginSettings> {
  return apiRequest<PluginSettings>(`${pluginPath(name)}/settings`);
}

/** Replaces the company's values; a 400 names each wrong field by a pointer `/body/<field>`. */
export function savePluginSettings(name: string, values: Record<string, unknown>): Promise<PluginSettings> {
  return apiRequest<PluginSettings>(`${pluginPath(name)}/settings`, { method: 'PUT', body: values });
}
