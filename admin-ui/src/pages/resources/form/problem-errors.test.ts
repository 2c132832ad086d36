import { ErrorSchemaBuilder } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { bodyPathOf, fieldErrorsOf, withoutChangedFields } from './problem-errors.ts';

const problem = (pointer: string, message = `bad ${pointer}`) => ({ pointer, code: 'x', message });

describe('server field errors on the form', () => {
  it('reads body pointers, unescaping ~1 and ~0', () => {
    expect(bodyPathOf('/body/title')).toEqual(['title']);
    expect(bodyPathOf('/body/address/city')).toEqual(['address', 'city']);
    expect(bodyPathOf('/body/a~1b~0c')).toEqual(['a/b~c']);
    expect(bodyPathOf('/body')).toEqual([]);
    expect(bodyPathOf('/query/page')).toBeUndefined();
  });

  it('puts /body/<field> problems under their fields, nested ones under their path', () => {
    const { errorSchema, unplaced } = fieldErrorsOf(
      [
        problem('/body/title', '标题不能为空'),
        problem('/body/title', '标题太长'),
        problem('/body/tags/1', '重复的标签'),
      ],
      ['title', 'tags'],
    );
    expect(errorSchema).toEqual({
      title: { __errors: ['标题不能为空', '标题太长'] },
      tags: { 1: { __errors: ['重复的标签'] } },
    });
    expect(unplaced).toEqual([]);
  });

  it('leaves problems without a shown field for the message', () => {
    const { errorSchema, unplaced } = fieldErrorsOf(
      [problem('/body'), problem('/body/secret'), problem('/query/page'), problem('/body/title')],
      ['title'],
    );
    expect(Object.keys(errorSchema)).toEqual(['title']);
    expect(unplaced.map((item) => item.pointer)).toEqual(['/body', '/body/secret', '/query/page']);
  });

  it('drops the error of a field once its value changes', () => {
    const errors = new ErrorSchemaBuilder().addErrors('x', 'title').addErrors('y', 'budgetFen').ErrorSchema;
    expect(withoutChangedFields(errors, { title: 'a', budgetFen: 1 }, { title: 'b', budgetFen: 1 })).toEqual({
      budgetFen: { __errors: ['y'] },
    });
  });

  it('puts /body/custom/<key> problems under the custom field', () => {
    const { errorSchema, unplaced } = fieldErrorsOf(
      [problem('/body/custom/store', '格式不正确'), problem('/body/custom.secret', '无权修改')],
      ['title', 'custom'],
    );
    expect(errorSchema).toEqual({ custom: { store: { __errors: ['格式不正确'] } } });
    expect(unplaced.map((item) => item.pointer)).toEqual(['/body/custom.secret']);
  });

  it('drops a custom field’s error once its own value changes, keeping the others’', () => {
    const errors = new ErrorSchemaBuilder().addErrors('x', 'custom.store').addErrors('y', 'custom.priority').ErrorSchema;
    const before = { custom: { store: 'bad', priority: 9 } };
    expect(withoutChangedFields(errors, before, { custom: { store: 'SH001', priority: 9 } })).toEqual({
      custom: { priority: { __errors: ['y'] } },
    });
    expect(withoutChangedFields(errors, before, { custom: { store: 'SH001', priority: 3 } })).toEqual({});
  });
});
