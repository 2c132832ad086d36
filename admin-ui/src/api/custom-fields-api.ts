import type { CustomFieldCreate, CustomFieldUpdate, CustomFieldView, customizableResource } from '@tessera/schemas/custom-field';
import type { FromSchema } from 'json-schema-to-ts';
import { apiRequest } from './api-request.ts';

export type { CustomFieldCreate, CustomFieldType, CustomFieldUpdate, CustomFieldView } from '@tessera/schemas/custom-field';
export type CustomizableResource = FromSchema<typeof customizableResource>;

const fieldPath = (id: string) => `/api/custom-fields/${encodeURIComponent(id)}`;

/** The record types of the company's enabled modules that take custom fields, with their field counts. */
export function listCustomizableResources(): Promise<CustomizableResource[]> {
  return apiRequest<{ items: CustomizableResource[] }>('/api/custom-fields/resources').then((answer) => answer.items);
}

/** One record type's fields, in their order (`sortOrder`). */
export function listCustomFields(resource: string): Promise<CustomFieldView[]> {
  return apiRequest<{ items: CustomFieldView[] }>('/api/custom-fields', { query: { resource } }).then((answer) => answer.items);
}

export function createCustomField(body: CustomFieldCreate): Promise<CustomFieldView> {
  return apiRequest<CustomFieldView>('/api/custom-fields', { method: 'POST', body });
}

/** Everything but the record type, key, type and option set, which stored values depend on. */
export function updateCustomField(id: string, body: CustomFieldUpdate): Promise<CustomFieldView> {
  return apiRequest<CustomFieldView>(fieldPath(id), { method: 'PATCH', body });
}

/** Refused (409 `custom-field-in-use`, with the count) while records hold a value in it: disable it instead. */
export function deleteCustomField(id: string): Promise<void> {
  return apiRequest<void>(fieldPath(id), { method: 'DELETE' });
}
