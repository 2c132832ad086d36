import { describe, expect, it } from 'vitest';
import { customFieldsFixture, resourceFixture } from '../resource-fixture.ts';
import { customFieldsOf } from './custom-section.ts';

describe("a resource's custom fields for plugin screens", () => {
  it('are the members of the `custom` object, in their order, labelled and typed as the list formats them', () => {
    const fields = customFieldsOf(customFieldsFixture());
    expect(fields.map((field) => field.key)).toEqual(['store', 'priority', 'deposit', 'note', 'visitOn', 'remindAt', 'ratio', 'level', 'tags', 'secret']);
    expect(fields[0]).toEqual({ key: 'store', field: 'custom.store', label: '负责门店', type: 'string', options: undefined });
    expect(fields.find((field) => field.key === 'deposit')?.type).toBe('money');
    expect(fields.find((field) => field.key === 'remindAt')?.type).toBe('date-time');
    expect(fields.find((field) => field.key === 'level')?.options?.map((option) => option.label)).toEqual(['A 级', 'B 级']);
    expect(fields.find((field) => field.key === 'tags')?.options?.map((option) => option.raw)).toEqual(['hot', 'vip']);
  });

  it('are none for a resource without them (or whose fields the reader may not see)', () => {
    expect(customFieldsOf(resourceFixture())).toEqual([]);
  });
});
