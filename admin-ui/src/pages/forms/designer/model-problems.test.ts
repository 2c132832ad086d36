import { describe, expect, it } from 'vitest';
import type { FieldProblem } from '../../../api/api-error.ts';
import { visitReport } from './designer-fixture.ts';
import type { DesignerModel } from './designer-model.ts';
import { fieldKeyProblem, nextFieldKey } from './field-key.ts';
import { modelProblems, triggerCandidates } from './model-problems.ts';
import { problemFieldOf, schemaProblemsByField } from './schema-problems.ts';

describe('field keys', () => {
  it.each([
    ['field_1', undefined],
    ['Contact2', undefined],
    ['a'.repeat(40), undefined],
    ['a'.repeat(41), 'invalid'],
    ['1st', 'invalid'],
    ['_x', 'invalid'],
    ['名称', 'invalid'],
    ['has-dash', 'invalid'],
    ['store', 'taken'],
  ])('%s: %s', (key, problem) => {
    expect(fieldKeyProblem(key, ['store', 'level'])).toBe(problem);
  });

  it('numbers new keys after the highest in use', () => {
    expect(nextFieldKey([])).toBe('field_1');
    expect(nextFieldKey(['field_1', 'field_7', 'store'])).toBe('field_8');
    expect(nextFieldKey(['field_x'])).toBe('field_1');
  });
});

describe('what must be fixed before saving', () => {
  it('finds nothing in a good form', () => {
    expect(modelProblems(visitReport)).toEqual(new Map());
  });

  it('names each field with its problems', () => {
    const model: DesignerModel = {
      columns: 2,
      fields: [
        { key: 'a', kind: 'text', title: 'A', minLength: 5, maxLength: 2 },
        { key: 'a', kind: 'integer', title: ' ', minimum: 10, maximum: 1 },
        { key: '9x', kind: 'select', title: '选择' },
        { key: 'shown', kind: 'text', title: 'S', showWhen: { field: 'missing', equals: 'x' } },
        { key: 'level', kind: 'select', title: '等级', optionSet: 'levels' },
        { key: 'unchosen', kind: 'text', title: 'U', showWhen: { field: 'level', equals: '' } },
        { key: 'sec', kind: 'section', title: '分组', fields: [{ key: 'inner', kind: 'text', title: 'I', showWhen: { field: 'a', equals: 'x' } }] },
      ],
    };
    expect(modelProblems(model)).toEqual(
      new Map([
        ['a', ['key-taken', 'length-reversed', 'key-taken', 'title-missing', 'range-reversed']],
        ['9x', ['key-invalid', 'option-set-missing']],
        ['shown', ['condition-invalid']],
        ['unchosen', ['condition-invalid']],
        ['inner', ['condition-invalid']],
      ]),
    );
  });

  it('offers top-level, unconditional fields with one comparable value as triggers', () => {
    expect(triggerCandidates(visitReport, 'taxId').map((field) => field.key)).toEqual(['store', 'level', 'region', 'visitors', 'score', 'hasInvoice']);
  });
});

describe('server problems with the saved schema', () => {
  const keys = ['store', 'contact', 'contactPhone', 'level', 'vipNote'];

  it.each([
    ['/body/schema/properties/store/pattern', 'store'],
    ['/body/schema/properties/contact/properties/contactPhone/pattern', 'contactPhone'],
    ['/body/schema/dependencies/level/oneOf/0/properties/vipNote/maxLength', 'vipNote'],
    ['/body/schema/dependencies/level', 'level'],
    ['/body/schema/properties/unknown/type', undefined],
    ['/body/schema', undefined],
    ['/body/title', undefined],
  ])('%s is about %s', (pointer, key) => {
    expect(problemFieldOf(pointer, keys)).toBe(key);
  });

  it('groups them by field', () => {
    const problems: FieldProblem[] = [
      { pointer: '/body/schema/properties/store/pattern', code: 'pattern-unsupported', message: '不支持' },
      { pointer: '/body/schema', code: 'too-large', message: '太大' },
    ];
    expect(schemaProblemsByField(problems, keys)).toEqual({ byField: new Map([['store', ['不支持']]]), general: ['太大'] });
  });
});
