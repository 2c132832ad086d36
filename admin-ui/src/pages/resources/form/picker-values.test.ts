import { describe, expect, it } from 'vitest';
import { fieldValueOf, isMultiplePicker, pickedIdsOf, pickerModeOf } from './picker-values.ts';

describe('core picker values', () => {
  it('reads a string field as one id and an array field as its ids', () => {
    expect(pickedIdsOf('d-1')).toEqual(['d-1']);
    expect(pickedIdsOf(['d-1', 'd-2'])).toEqual(['d-1', 'd-2']);
    expect(pickedIdsOf(['d-1', 3, null, ''])).toEqual(['d-1']);
    expect(pickedIdsOf('')).toEqual([]);
    expect(pickedIdsOf(undefined)).toEqual([]);
    expect(pickedIdsOf(null)).toEqual([]);
  });

  it('writes the ids back in the shape of the field', () => {
    expect(fieldValueOf(['a', 'b'], true)).toEqual(['a', 'b']);
    expect(fieldValueOf([], true)).toEqual([]);
    expect(fieldValueOf(['a'], false)).toBe('a');
    expect(fieldValueOf([], false)).toBeUndefined();
  });

  it('is multiple for array fields', () => {
    expect(isMultiplePicker(true, 'string')).toBe(true);
    expect(isMultiplePicker(undefined, 'array')).toBe(true);
    expect(isMultiplePicker(undefined, ['array', 'null'])).toBe(true);
    expect(isMultiplePicker(undefined, 'string')).toBe(false);
    expect(isMultiplePicker(false, undefined)).toBe(false);
  });

  it('falls back to typing ids when the list may not or could not be read', () => {
    expect(pickerModeOf({ mayRead: false, hasFailed: false, isLoaded: false })).toBe('ids');
    expect(pickerModeOf({ mayRead: true, hasFailed: true, isLoaded: false })).toBe('ids');
    expect(pickerModeOf({ mayRead: true, hasFailed: false, isLoaded: false })).toBe('loading');
    expect(pickerModeOf({ mayRead: true, hasFailed: false, isLoaded: true })).toBe('picker');
  });
});
