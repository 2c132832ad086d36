import { describe, expect, it } from 'vitest';
import { fieldDisplayOf, type FieldFormat, hasFieldValue } from './field-display.ts';
import type { FieldOption } from './resource-fields.ts';

const format: FieldFormat = {
  t: (key, vars) => (vars ? `${key}:${JSON.stringify(vars)}` : key),
  formatDateTime: (iso) => `tz(${iso})`,
};
const levels: FieldOption[] = [
  { value: 'a', label: 'A 级', raw: 'a' },
  { value: 'b', label: 'B 级', raw: 'b' },
];

describe('how a field value reads', () => {
  it.each([null, undefined, '', []])('%j is no value: empty, whatever the type', (value) => {
    expect(hasFieldValue(value)).toBe(false);
    expect(fieldDisplayOf('string', undefined, value, format)).toEqual({ kind: 'empty' });
    expect(fieldDisplayOf('money', undefined, value, format)).toEqual({ kind: 'empty' });
    expect(fieldDisplayOf('string', levels, value, format)).toEqual({ kind: 'empty' });
  });

  it.each([false, 0, 'x', ['a']])('%j is a value', (value) => {
    expect(hasFieldValue(value)).toBe(true);
  });

  it('shows option values as their labels, several for a multiple choice, the raw value for one the set lost', () => {
    expect(fieldDisplayOf('string', levels, 'b', format)).toEqual({ kind: 'tags', labels: ['B 级'] });
    expect(fieldDisplayOf('string', levels, ['a', 'b'], format)).toEqual({ kind: 'tags', labels: ['A 级', 'B 级'] });
    expect(fieldDisplayOf('string', levels, 'gone', format)).toEqual({ kind: 'tags', labels: ['gone'] });
  });

  it.each([
    [123456, '¥1,234.56', false],
    [-5, '-¥0.05', true],
    [0, '¥0.00', false],
  ])('shows %i fen as %s', (fen, text, isNegative) => {
    expect(fieldDisplayOf('money', undefined, fen, format)).toEqual({ kind: 'money', text, isNegative });
  });

  it('shows times on the company clock, booleans in the user language, integers with separators', () => {
    expect(fieldDisplayOf('date-time', undefined, '2026-11-23T06:05:00Z', format)).toEqual({ kind: 'plain', text: 'tz(2026-11-23T06:05:00Z)' });
    expect(fieldDisplayOf('boolean', undefined, true, format)).toEqual({ kind: 'plain', text: 'resource.value.yes' });
    expect(fieldDisplayOf('boolean', undefined, false, format)).toEqual({ kind: 'plain', text: 'resource.value.no' });
    expect(fieldDisplayOf('integer', undefined, 1234567, format)).toEqual({ kind: 'plain', text: '1,234,567' });
    expect(fieldDisplayOf('uuid[]', undefined, ['x', 'y'], format)).toEqual({ kind: 'plain', text: 'resource.value.count:{"count":2}' });
  });

  it('shortens ids, keeps texts and dates as written, lists values without choices', () => {
    const id = '0193a5b2-7c4e-7d00-8000-000000000001';
    expect(fieldDisplayOf('uuid', undefined, id, format)).toEqual({ kind: 'id', text: id, short: '0193a5b2' });
    expect(fieldDisplayOf('string', undefined, 'SH001', format)).toEqual({ kind: 'text', text: 'SH001' });
    expect(fieldDisplayOf('string', undefined, '2026-03-01', format)).toEqual({ kind: 'text', text: '2026-03-01' });
    expect(fieldDisplayOf('string', undefined, ['hot', 'vip'], format)).toEqual({ kind: 'text', text: 'hot、vip' });
    expect(fieldDisplayOf('string', undefined, 1.5, format)).toEqual({ kind: 'text', text: '1.5' });
  });

  it('shows a value of an unexpected shape as text instead of failing', () => {
    expect(fieldDisplayOf('money', undefined, '12', format)).toEqual({ kind: 'plain', text: '12' });
    expect(fieldDisplayOf('date-time', undefined, 7, format)).toEqual({ kind: 'plain', text: '7' });
    expect(fieldDisplayOf('string', undefined, { a: 1 }, format)).toEqual({ kind: 'text', text: '{"a":1}' });
  });
});
