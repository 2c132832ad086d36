import type { JSONSchema } from 'json-schema-to-ts';
import { pluginName, semverVersion } from './plugin.ts';

export const operatorPluginList = {
  type: 'object',
  additionalProperties: false,
  required: ['items', 'problems'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'version', 'installedVersion', 'enabledIn', 'served'],
        properties: {
          name: pluginName,
          version: semverVersion,
          installedVersion: { type: ['string', 'null'] },
          /** How many companies have it enabled. */
          enabledIn: { type: 'integer' },
          /** Whether this server process serves it (a newly installed plugin is served after a restart). */
          served: { type: 'boolean' },
        },
      },
    },
    /** Plugins that could not be loaded, resolved or fitted, and why. */
    problems: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['plugin', 'code', 'message'],
        properties: { plugin: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
} as const satisfies JSONSchema;

export const operatorUninstall = {
  type: 'object',
  additionalProperties: false,
  properties: {
    /** Uninstall even while companies have it enabled, after exporting their data. */
    force: { type: 'boolean', default: false },
  },
} as const satisfies JSONSchema;
