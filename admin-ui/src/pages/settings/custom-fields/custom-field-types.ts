import { type CustomFieldType, customFieldTypes } from '@tessera/schemas/custom-field';

export { customFieldTypes };

/** The settings a type takes besides title, required and in-list (the server refuses the others). */
export type TypeSettings = 'lengths' | 'bounds' | 'option-set' | 'none';

export function settingsOf(type: CustomFieldType): TypeSettings {
  switch (type) {
    case 'text':
    case 'textarea':
      return 'lengths';
    case 'integer':
    case 'number':
    case 'money':
      return 'bounds';
    case 'option':
    case 'options':
      return 'option-set';
    case 'date':
    case 'date-time':
    case 'boolean':
      return 'none';
  }
}

/** `custom-fields.type.<type>`: 单行文本, 整数, 金额, … */
export const typeLabelKey = (type: CustomFieldType): string => `custom-fields.type.${type}`;
