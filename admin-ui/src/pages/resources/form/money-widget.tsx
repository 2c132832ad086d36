import type { WidgetProps } from '@rjsf/utils';
import { YuanInput } from '../yuan-input.tsx';

/** An integer-fen field typed and shown in yuan (`fieldTypes[field] === 'money'`). */
export function MoneyWidget({ id, value, disabled, readonly, placeholder, onChange, onBlur }: WidgetProps) {
  return (
    <YuanInput
      id={id}
      value={typeof value === 'number' ? value : undefined}
      onChange={(fen) => onChange(fen)}
      onBlur={() => onBlur(id, value)}
      placeholder={placeholder}
      disabled={disabled || readonly}
    />
  );
}
