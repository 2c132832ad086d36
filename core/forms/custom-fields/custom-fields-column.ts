import { p } from '@mikro-orm/core';

/** The entity property a resource keeps its custom field values in: `custom: customFieldsProperty()`. */
export const customFieldsProperty = () => p.json<Record<string, unknown>>().default('{}');

/** The column of that property, for a plugin's `CREATE TABLE`: `${customFieldsColumnSql},`. */
export const customFieldsColumnSql = `custom jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(custom) = 'object')`;
