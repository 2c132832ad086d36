/**
 * The kinds of field the designer's palette offers, in palette order. `custom` is not offered: it is a
 * field the designer found in a schema it did not write and keeps as it is.
 */
export const paletteKinds = [
  'text',
  'textarea',
  'number',
  'integer',
  'money',
  'date',
  'date-time',
  'select',
  'multi-select',
  'cascader',
  'switch',
  'file',
  'image',
  'richtext',
  'member',
  'department',
  'record',
  'section',
] as const;

export type PaletteKind = (typeof paletteKinds)[number];
export type FieldKind = PaletteKind | 'custom';

/** Which settings the property panel offers for a kind. */
export interface KindTraits {
  /** minLength, maxLength, pattern */
  hasTextLimits: boolean;
  /** minimum, maximum */
  hasRange: boolean;
  /** takes its values from an option set */
  hasOptions: boolean;
  hasPlaceholder: boolean;
  hasDefault: boolean;
  canBeRequired: boolean;
  /** another field may be shown only when this one has a given value */
  canTrigger: boolean;
  /** may hold a list of values (files and images: up to 10) */
  canBeMultiple: boolean;
}

const plain: KindTraits = {
  hasTextLimits: false,
  hasRange: false,
  hasOptions: false,
  hasPlaceholder: false,
  hasDefault: false,
  canBeRequired: true,
  canTrigger: false,
  canBeMultiple: false,
};

export const kindTraits: Readonly<Record<FieldKind, KindTraits>> = {
  text: { ...plain, hasTextLimits: true, hasPlaceholder: true, hasDefault: true, canTrigger: true },
  textarea: { ...plain, hasTextLimits: true, hasPlaceholder: true, hasDefault: true },
  number: { ...plain, hasRange: true, hasPlaceholder: true, hasDefault: true, canTrigger: true },
  integer: { ...plain, hasRange: true, hasPlaceholder: true, hasDefault: true, canTrigger: true },
  money: { ...plain, hasRange: true, hasPlaceholder: true, hasDefault: true },
  date: { ...plain, hasPlaceholder: true, hasDefault: true },
  'date-time': { ...plain, hasPlaceholder: true },
  select: { ...plain, hasOptions: true, hasPlaceholder: true, hasDefault: true, canTrigger: true },
  'multi-select': { ...plain, hasOptions: true, hasPlaceholder: true, hasDefault: true },
  cascader: { ...plain, hasOptions: true, hasPlaceholder: true, canTrigger: true },
  // a switch always has a value (off unless set), so "required" would mean nothing
  switch: { ...plain, hasDefault: true, canBeRequired: false, canTrigger: true },
  file: { ...plain, canBeMultiple: true },
  image: { ...plain, canBeMultiple: true },
  richtext: plain,
  member: { ...plain, hasPlaceholder: true },
  department: { ...plain, hasPlaceholder: true },
  record: { ...plain, hasPlaceholder: true },
  section: { ...plain, canBeRequired: false },
  custom: plain,
};
