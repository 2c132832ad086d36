import type { JSONSchema } from 'json-schema-to-ts';
import { timestamp } from './common.ts';
import { pluginName } from './plugin.ts';

export const pluginParams = {
  type: 'object',
  additionalProperties: false,
  required: ['plugin'],
  properties: { plugin: pluginName },
} as const satisfies JSONSchema;

export const trialStarted = {
  type: 'object',
  additionalProperties: false,
  required: ['plugin', 'endsAt'],
  properties: { plugin: pluginName, endsAt: timestamp },
} as const satisfies JSONSchema;
