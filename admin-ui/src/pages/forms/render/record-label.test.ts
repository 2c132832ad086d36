import { describe, expect, it } from 'vitest';
import { recordLabelOf, resourceFor, resourceKeyOf } from './record-label.ts';

const dealers = { plugin: 'dealers', name: 'dealers', columns: ['name', 'city'] };

describe('record pickers', () => {
  it('name a resource <plugin>.<resource> and find it among the enabled ones', () => {
    const resources = [dealers, { ...dealers, name: 'stores' }];
    expect(resourceKeyOf(dealers)).toBe('dealers.dealers');
    expect(resourceFor(resources, 'dealers.stores')?.name).toBe('stores');
    expect(resourceFor(resources, 'orders.orders')).toBeUndefined();
    expect(resourceFor(resources, 42)).toBeUndefined();
  });

  it('show a record by its first list column, else its id', () => {
    expect(recordLabelOf({ id: 'r1', name: '华东经销商', city: '上海' }, dealers)).toBe('华东经销商');
    expect(recordLabelOf({ id: 'r1', name: '' }, dealers)).toBe('r1');
    expect(recordLabelOf({ id: 'r1', name: 12 }, dealers)).toBe('12');
    expect(recordLabelOf({ id: 'r1' }, { columns: [] })).toBe('r1');
  });
});
