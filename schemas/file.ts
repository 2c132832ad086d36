import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { uuid } from './common.ts';

/** An uploaded file as the API shows it; `url` serves its bytes. */
export const fileView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'contentType', 'size', 'url'],
  properties: {
    id: uuid,
    name: { type: 'string' },
    contentType: { type: 'string' },
    size: { type: 'integer' },
    url: { type: 'string' },
  },
} as const satisfies JSONSchema;
export type FileView = FromSchema<typeof fileView>;
