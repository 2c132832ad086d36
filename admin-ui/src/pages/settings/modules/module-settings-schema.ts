import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '../../../i18n/locale.ts';

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLocalizedText(value: Json): value is Record<Locale, string> {
  return isObject(value) && typeof value['zh-CN'] === 'string' && typeof value['en-US'] === 'string';
}

/** Whether a module has anything to set: its settings schema lists at least one property. */
export function hasSettings(schema: Readonly<Record<string, Json>>): boolean {
  return isObject(schema.properties) && Object.keys(schema.properties).length > 0;
}

function localize(value: Json, locale: Locale): Json {
  if (Array.isArray(value)) return value.map((item) => localize(item, locale));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      (key === 'title' || key === 'description') && isLocalizedText(item) ? item[locale] : localize(item, locale),
    ]),
  );
}

/**
 * A module's settings schema as the form renders it: titles and descriptions a manifest wrote as
 * `{ 'zh-CN', 'en-US' }` in the user's language, and no root title (the drawer names the module).
 */
export function settingsFormSchemaOf(schema: Readonly<Record<string, Json>>, locale: Locale): RJSFSchema {
  const { title: _title, description: _description, ...rest } = schema;
  // The server answers the manifest's settings schema, a JSON Schema object: what RJSF calls RJSFSchema.
  return localize({ ...rest, type: 'object' }, locale) as RJSFSchema;
}
