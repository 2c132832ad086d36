import { describe, expect, it } from 'vitest';
import { hasSettings, settingsFormSchemaOf } from './module-settings-schema.ts';

describe('a module settings schema', () => {
  it('has settings only with at least one property', () => {
    expect(hasSettings({ type: 'object', additionalProperties: false, properties: {} })).toBe(false);
    expect(hasSettings({ type: 'object' })).toBe(false);
    expect(hasSettings({ type: 'object', properties: { currency: { type: 'string' } } })).toBe(true);
  });

  it("shows `{ 'zh-CN', 'en-US' }` titles in the user's language and drops the root title", () => {
    const schema = {
      type: 'object',
      title: { 'zh-CN': '设置', 'en-US': 'Settings' },
      properties: {
        lowStockAlert: {
          type: 'integer',
          title: { 'zh-CN': '库存预警', 'en-US': 'Stock alert' },
          description: '件',
          default: 5,
        },
        channel: { type: 'string', oneOf: [{ const: 'mail', title: { 'zh-CN': '邮件', 'en-US': 'E-mail' } }] },
      },
    };
    expect(settingsFormSchemaOf(schema, 'en-US')).toEqual({
      type: 'object',
      properties: {
        lowStockAlert: { type: 'integer', title: 'Stock alert', description: '件', default: 5 },
        channel: { type: 'string', oneOf: [{ const: 'mail', title: 'E-mail' }] },
      },
    });
  });
});
